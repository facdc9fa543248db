package org.reintegration.portal.community.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class ServiceProviderServiceTest {

    static final PCode KANKAN_REGION = PCode.of("GN004");
    static final PCode SIGUIRI = PCode.of("GN004005");
    static final PCode KINDIA_REGION = PCode.of("GN005");
    static final PCode KINDIA_PREFECTURE = PCode.of("GN005004");

    @Autowired
    ServiceProviderService providers;

    @Autowired
    CommunityService communities;

    @Test
    @WithUserDetails("staff")
    void staff_record_a_provider_for_a_community_and_find_it_there_and_in_its_region() {
        long kintinian = community("Kintinian", SIGUIRI);

        ServiceProvider saved = providers.create(new ServiceProviderData(
                SIGUIRI,
                kintinian,
                "Centre de santé de Kintinian",
                "Ministère de la Santé",
                ProviderType.HEALTH,
                StakeholderKind.GOVERNMENT,
                "+224 620 00 00 00",
                11.53,
                -9.37,
                "2 nurses, 30 consultations a day",
                true,
                "Free consultations for children under five"));

        assertThat(saved.communityName()).isEqualTo("Kintinian");
        assertThat(saved.data().location()).isEqualTo(new LatLon(11.53, -9.37));
        assertThat(providers.get(saved.id()).data().contact()).isEqualTo("+224 620 00 00 00");
        assertThat(names(providers.forCommunity(kintinian, ServiceProviderFilter.ALL)))
                .containsExactly("Centre de santé de Kintinian");
        assertThat(names(providers.inArea(KANKAN_REGION, ServiceProviderFilter.ALL, 0, 100)))
                .contains("Centre de santé de Kintinian");
        assertThat(names(providers.inArea(KINDIA_REGION, ServiceProviderFilter.ALL, 0, 100)))
                .doesNotContain("Centre de santé de Kintinian");
    }

    @Test
    @WithUserDetails("staff")
    void a_community_is_reached_by_its_own_providers_and_those_serving_its_areas_as_a_whole() {
        long kintinian = community("Kintinian", SIGUIRI);
        long other = community("Doko", SIGUIRI);
        providers.create(provider("Own health post", SIGUIRI, kintinian, ProviderType.HEALTH, false));
        providers.create(provider("Neighbour's school", SIGUIRI, other, ProviderType.EDUCATION, false));
        providers.create(provider("Prefecture legal clinic", SIGUIRI, null, ProviderType.LEGAL, true));
        providers.create(provider("Regional job centre", KANKAN_REGION, null, ProviderType.EMPLOYMENT, true));
        providers.create(provider("Kindia microfinance", KINDIA_PREFECTURE, null, ProviderType.FINANCIAL, true));

        assertThat(names(providers.forCommunity(kintinian, ServiceProviderFilter.ALL)))
                .containsExactly("Own health post", "Prefecture legal clinic", "Regional job centre");
    }

    @Test
    @WithUserDetails("staff")
    void lists_of_a_region_include_its_prefectures_and_filter_by_type_and_referrals() {
        providers.create(provider("Siguiri legal clinic", SIGUIRI, null, ProviderType.LEGAL, true));
        providers.create(provider("Siguiri bar association", SIGUIRI, null, ProviderType.LEGAL, false));
        providers.create(provider("Kankan listening centre", KANKAN_REGION, null, ProviderType.PSYCHOSOCIAL, true));
        providers.create(provider("Kindia legal clinic", KINDIA_PREFECTURE, null, ProviderType.LEGAL, true));

        assertThat(names(providers.inArea(KANKAN_REGION, ServiceProviderFilter.ALL, 0, 100)))
                .containsExactly("Kankan listening centre", "Siguiri bar association", "Siguiri legal clinic");
        assertThat(names(providers.inArea(KANKAN_REGION, new ServiceProviderFilter(ProviderType.LEGAL, false), 0, 100)))
                .containsExactly("Siguiri bar association", "Siguiri legal clinic");
        assertThat(names(providers.inArea(KANKAN_REGION, new ServiceProviderFilter(null, true), 0, 100)))
                .containsExactly("Kankan listening centre", "Siguiri legal clinic");
        assertThat(names(providers.inArea(null, new ServiceProviderFilter(ProviderType.LEGAL, true), 0, 100)))
                .containsExactly("Kindia legal clinic", "Siguiri legal clinic");
        assertThat(providers.countInArea(KANKAN_REGION, new ServiceProviderFilter(ProviderType.LEGAL, true)))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("staff")
    void a_provider_without_a_name_or_with_bad_coordinates_is_refused_and_nothing_is_stored() {
        int before = providers.countInArea(null, ServiceProviderFilter.ALL);

        assertThatThrownBy(() -> providers.create(provider("  ", SIGUIRI, null, ProviderType.HEALTH, true)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> providers.create(withLocation(95.0, -9.37)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("latitude"));
        assertThatThrownBy(() -> providers.create(withLocation(11.5, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("providers.error.location-pair"));
        assertThat(providers.countInArea(null, ServiceProviderFilter.ALL)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("staff")
    void a_community_in_another_area_or_an_unknown_area_is_refused_and_nothing_is_stored() {
        long kintinian = community("Kintinian", SIGUIRI);
        int before = providers.countInArea(null, ServiceProviderFilter.ALL);

        assertThatThrownBy(() ->
                        providers.create(provider("Wrong", KINDIA_PREFECTURE, kintinian, ProviderType.HEALTH, true)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("community"));
        assertThatThrownBy(
                        () -> providers.create(provider("Nowhere", PCode.of("GN099"), null, ProviderType.HEALTH, true)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("area"));
        assertThat(providers.countInArea(null, ServiceProviderFilter.ALL)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("staff")
    void staff_change_and_delete_a_provider() {
        ServiceProvider saved =
                providers.create(provider("Youth centre", SIGUIRI, null, ProviderType.EDUCATION, false));

        providers.update(saved.id(), provider("Youth centre", SIGUIRI, null, ProviderType.EMPLOYMENT, true));
        assertThat(providers.get(saved.id()).data().type()).isEqualTo(ProviderType.EMPLOYMENT);
        assertThat(providers.get(saved.id()).data().acceptsReferrals()).isTrue();

        providers.delete(saved.id());
        assertThat(names(providers.inArea(SIGUIRI, ServiceProviderFilter.ALL, 0, 100)))
                .doesNotContain("Youth centre");
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_reads_only_providers_in_its_scope_and_changes_nothing() {
        long inside = createAsStaff(provider("Siguiri health post", SIGUIRI, null, ProviderType.HEALTH, true));
        long outside =
                createAsStaff(provider("Kindia health post", KINDIA_PREFECTURE, null, ProviderType.HEALTH, true));

        assertThat(names(providers.inArea(null, ServiceProviderFilter.ALL, 0, 500)))
                .contains("Siguiri health post")
                .doesNotContain("Kindia health post");
        assertThat(providers.inArea(null, ServiceProviderFilter.ALL, 0, 500))
                .allSatisfy(p -> assertThat(p.data().area().value()).startsWith("GN004"));
        assertThat(providers.get(inside).data().contact()).isEqualTo("+224 600 00 00 00");
        assertThatThrownBy(() -> providers.get(outside)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> providers.inArea(KINDIA_REGION, ServiceProviderFilter.ALL, 0, 100))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> providers.create(provider("Mine", SIGUIRI, null, ProviderType.HEALTH, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> providers.update(inside, provider("Mine", SIGUIRI, null, ProviderType.HEALTH, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> providers.delete(inside)).isInstanceOf(AccessDeniedException.class);
    }

    private static ServiceProviderData provider(
            String name, PCode area, Long communityId, ProviderType type, boolean acceptsReferrals) {
        return new ServiceProviderData(
                area,
                communityId,
                name,
                null,
                type,
                StakeholderKind.NGO,
                "+224 600 00 00 00",
                null,
                null,
                null,
                acceptsReferrals,
                null);
    }

    private static ServiceProviderData withLocation(Double latitude, Double longitude) {
        return new ServiceProviderData(
                SIGUIRI,
                null,
                "Misplaced",
                null,
                ProviderType.HEALTH,
                StakeholderKind.NGO,
                null,
                latitude,
                longitude,
                null,
                true,
                null);
    }

    private long community(String name, PCode area) {
        return communities
                .create(new CommunityData(name, "fr", area, null, null))
                .community()
                .id();
    }

    private long createAsStaff(ServiceProviderData data) {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(() -> id[0] = providers.create(data).id());
        return id[0];
    }

    private static List<String> names(List<ServiceProvider> list) {
        return list.stream().map(p -> p.data().name()).toList();
    }
}
