package org.reintegration.portal.community.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.community.profile.ProfileData;
import org.reintegration.portal.community.profile.ProfileSamples;
import org.reintegration.portal.community.profile.ProfileService;
import org.reintegration.portal.community.profile.TensionDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class CommunityDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    CommunityService communities;

    @Autowired
    ProfileService profiles;

    @Test
    @WithUserDetails("staff")
    void the_history_shows_what_changed_from_one_profile_to_the_next() {
        long id = communities
                .create(new CommunityData("Mandiana centre", "fr", PCode.of("GN004004"), null, null))
                .community()
                .id();
        profiles.record(id, ProfileSamples.profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3));
        profiles.record(id, ProfileSamples.profile(LocalDate.of(2026, 3, 1), TensionLevel.LOW, 55, 12));

        navigate(CommunityDetailView.class, Map.of("communityId", String.valueOf(id)));

        assertThat(find(H2.class).withId("community-name").single().getText()).isEqualTo("Mandiana centre");
        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .containsExactly("Returnees: 43 → 67", "Tension: High → Low");
    }

    @Test
    @WithUserDetails("staff")
    void in_french_the_changes_name_drivers_and_format_numbers_in_french() {
        long id = communities
                .create(new CommunityData("Baro", "fr", PCode.of("GN004004"), null, null))
                .community()
                .id();
        ProfileData before = ProfileSamples.profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3);
        ProfileData after = ProfileSamples.withDrivers(
                ProfileSamples.profile(LocalDate.of(2026, 3, 1), TensionLevel.HIGH, 1500, 12),
                java.util.Set.of(TensionDriver.COMPETITION_FOR_LAND, TensionDriver.STIGMA_OF_RETURN));
        profiles.record(id, ProfileSamples.withDrivers(before, java.util.Set.of(TensionDriver.COMPETITION_FOR_LAND)));
        profiles.record(id, after);
        navigate(CommunityListView.class);
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH);

        navigate(CommunityDetailView.class, Map.of("communityId", String.valueOf(id)));

        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .contains("Migrants de retour\u00a0: 43 → 1\u202f512")
                .anySatisfy(text -> assertThat(text).contains("Stigmatisation du retour"));
    }

    @Test
    @WithUserDetails("staff")
    void a_profiled_community_is_kept_when_staff_try_to_delete_it() {
        long id = communities
                .create(new CommunityData("Siguiri market", "fr", PCode.of("GN004005"), null, null))
                .community()
                .id();
        profiles.record(id, ProfileSamples.profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3));
        navigate(CommunityDetailView.class, Map.of("communityId", String.valueOf(id)));

        test(find(com.vaadin.flow.component.button.Button.class)
                        .withId("delete-community")
                        .single())
                .click();

        assertThat(test(find(com.vaadin.flow.component.notification.Notification.class)
                                .single())
                        .getText())
                .startsWith("This community has profiles");
        assertThat(communities.get(id).data().name()).isEqualTo("Siguiri market");
    }

    @Test
    @WithUserDetails("staff")
    void a_profile_card_shows_its_tension_drivers_services_and_incidents() {
        long id = communities
                .create(new CommunityData("Kintinian", "fr", PCode.of("GN004005"), null, null))
                .community()
                .id();
        ProfileData sample = ProfileSamples.withDrivers(
                ProfileSamples.profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3),
                java.util.Set.of(TensionDriver.COMPETITION_FOR_LAND));
        profiles.record(id, ProfileSamples.withIncidents(sample, "A dispute over a field in May"));

        navigate(CommunityDetailView.class, Map.of("communityId", String.valueOf(id)));

        assertThat(text("profile-drivers")).isEqualTo("Drivers of tension: Competition for land");
        assertThat(text("profile-services")).contains("Water").contains("One working borehole");
        assertThat(text("profile-incidents")).isEqualTo("Incidents: A dispute over a field in May");
    }

    private String text(String className) {
        return find(com.vaadin.flow.component.html.Paragraph.class).all().stream()
                .filter(p -> p.hasClassName(className))
                .findFirst()
                .map(p -> p.getElement().getTextRecursively())
                .orElse("");
    }
}
