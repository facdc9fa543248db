package org.reintegration.portal.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class CommunityServiceTest {

    static final PCode SIGUIRI = PCode.of("GN004005");
    static final PCode KINDIA_PREFECTURE = PCode.of("GN005004");

    @Autowired
    CommunityService communities;

    @Test
    @WithUserDetails("staff")
    void staff_create_a_community_and_find_it_by_its_region() {
        SavedCommunity saved = communities.create(new CommunityData(
                "Kintinian", "fr", SIGUIRI, new LatLon(11.53, -9.37), "Gold-mining town on the Tinkisso"));

        assertThat(saved.locationOutsideArea()).isFalse();
        assertThat(names(new CommunityFilter(PCode.of("GN004"), null, false))).contains("Kintinian");
        assertThat(names(new CommunityFilter(PCode.of("GN005"), null, false))).doesNotContain("Kintinian");
        assertThat(communities.get(saved.community().id()).data().description())
                .isEqualTo("Gold-mining town on the Tinkisso");
    }

    @Test
    @WithUserDetails("staff")
    void a_location_outside_the_area_is_saved_and_reported() {
        SavedCommunity saved =
                communities.create(new CommunityData("Somewhere", "fr", SIGUIRI, new LatLon(9.5, -13.7), null));

        assertThat(saved.locationOutsideArea()).isTrue();
        assertThat(communities.get(saved.community().id()).data().location()).isEqualTo(new LatLon(9.5, -13.7));
    }

    @Test
    @WithUserDetails("staff")
    void an_unknown_area_is_refused_and_nothing_is_stored() {
        int before = communities.count(CommunityFilter.ALL);

        assertThatThrownBy(() -> communities.create(new CommunityData("Nowhere", "fr", PCode.of("GN099"), null, null)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("area"));
        assertThat(communities.count(CommunityFilter.ALL)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("staff")
    void archived_communities_leave_the_list_unless_asked_for() {
        long id = communities
                .create(new CommunityData("Old camp", "fr", SIGUIRI, null, null))
                .community()
                .id();

        communities.setArchived(id, true);

        assertThat(names(new CommunityFilter(SIGUIRI, null, false))).doesNotContain("Old camp");
        assertThat(names(new CommunityFilter(SIGUIRI, null, true))).contains("Old camp");
    }

    @Test
    @WithUserDetails("staff")
    void pages_follow_each_other_without_gaps_or_repeats() {
        for (int i = 0; i < 25; i++) {
            communities.create(new CommunityData("Paged " + (char) ('A' + i % 5), "fr", SIGUIRI, null, null));
        }
        CommunityFilter filter = new CommunityFilter(SIGUIRI, "Paged", false);

        List<Long> firstPage = ids(communities.list(filter, CommunitySort.NAME, 0, 10));
        List<Long> secondPage = ids(communities.list(filter, CommunitySort.NAME, 10, 10));
        List<Long> lastPage = ids(communities.list(filter, CommunitySort.NAME, 20, 10));

        assertThat(communities.count(filter)).isEqualTo(25);
        assertThat(firstPage)
                .hasSize(10)
                .doesNotContainAnyElementsOf(secondPage)
                .doesNotContainAnyElementsOf(lastPage);
        assertThat(secondPage).hasSize(10).doesNotContainAnyElementsOf(lastPage);
        assertThat(lastPage).hasSize(5);
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_lists_only_communities_in_its_scope_and_changes_nothing() {
        long inside = createAsStaff("Inside Kankan", SIGUIRI);
        long outside = createAsStaff("Outside Kankan", KINDIA_PREFECTURE);

        assertThat(names(CommunityFilter.ALL)).contains("Inside Kankan").doesNotContain("Outside Kankan");
        assertThat(names(new CommunityFilter(PCode.of("GN005"), null, false))).isEmpty();
        assertThat(communities.get(inside).data().name()).isEqualTo("Inside Kankan");
        assertThatThrownBy(() -> communities.get(outside)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> communities.setArchived(inside, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> communities.create(new CommunityData("Mine", "fr", SIGUIRI, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long createAsStaff(String name, PCode area) {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(() -> id[0] = communities
                .create(new CommunityData(name, "fr", area, null, null))
                .community()
                .id());
        return id[0];
    }

    private List<String> names(CommunityFilter filter) {
        return communities.list(filter, CommunitySort.NAME, 0, 500).stream()
                .map(c -> c.data().name())
                .toList();
    }

    private static List<Long> ids(List<Community> page) {
        return page.stream().map(Community::id).toList();
    }
}
