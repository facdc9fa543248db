package org.reintegration.portal.community.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.security.SmallCounts;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class ProfileServiceTest {

    @Autowired
    ProfileService profiles;

    @Autowired
    CommunityService communities;

    @Test
    @WithUserDetails("staff")
    void a_new_profile_never_changes_an_older_one_and_the_newest_assessment_comes_first() {
        long id = community("Banankoro");
        Profile first = profiles.record(id, ProfileSamples.profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3));
        profiles.record(id, ProfileSamples.profile(LocalDate.of(2026, 3, 1), TensionLevel.LOW, 55, 12));
        // entered late: an assessment made between the two
        profiles.record(id, ProfileSamples.profile(LocalDate.of(2025, 9, 1), TensionLevel.MEDIUM, 48, 7));

        List<Profile> history = profiles.history(id);

        assertThat(history)
                .extracting(p -> p.data().assessedOn())
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 3, 1));
        assertThat(history.getLast()).isEqualTo(first);
        assertThat(history.getLast().data().total(PopulationGroup.RETURNEES)).isEqualTo(43);
        assertThat(history.getFirst().recordedBy()).isEqualTo("staff");
    }

    @Test
    @WithUserDetails("staff")
    void the_newest_assessment_gives_the_community_its_current_tension_and_returnee_share() {
        long calm = community("Calm village");
        long tense = community("Tense village");
        profiles.record(tense, ProfileSamples.profile(LocalDate.of(2026, 3, 1), TensionLevel.HIGH, 300, 300));
        profiles.record(calm, ProfileSamples.profile(LocalDate.of(2026, 2, 1), TensionLevel.LOW, 40, 20));
        profiles.record(
                calm, ProfileSamples.profile(LocalDate.of(2025, 2, 1), TensionLevel.HIGH, 1, 1)); // older: not current

        Community calmNow = communities.get(calm);
        assertThat(calmNow.current().tension()).isEqualTo(TensionLevel.LOW);
        assertThat(calmNow.current().assessedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(calmNow.current().returneeShare()).isEqualTo(0.05);

        CommunityFilter here = new CommunityFilter(PCode.of("GN004003"), "village", false);
        assertThat(communities.list(here, CommunitySort.TENSION, 0, 10))
                .extracting(c -> c.data().name())
                .containsExactly("Tense village", "Calm village");
        CommunityFilter highTension =
                new CommunityFilter(PCode.of("GN004003"), null, false, TensionLevel.HIGH, 0.4, null);
        assertThat(communities.list(highTension, CommunitySort.NAME, 0, 10))
                .extracting(c -> c.data().name())
                .containsExactly("Tense village");
        CommunityFilter stale =
                new CommunityFilter(PCode.of("GN004003"), "village", false, null, null, LocalDate.of(2026, 2, 15));
        assertThat(communities.list(stale, CommunitySort.NAME, 0, 10))
                .extracting(c -> c.data().name())
                .containsExactly("Calm village");
    }

    @Test
    @WithUserDetails("staff")
    void a_community_with_a_profile_cannot_be_deleted_only_archived() {
        long profiled = community("Kept village");
        long mistake = community("Typo vilage");
        profiles.record(profiled, ProfileSamples.profile(LocalDate.of(2026, 1, 5), TensionLevel.LOW, 10, 10));

        assertThatThrownBy(() -> communities.delete(profiled))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("communities.error.has-records"));
        communities.delete(mistake);

        assertThat(communities.get(profiled).data().name()).isEqualTo("Kept village");
        assertThatThrownBy(() -> communities.get(mistake)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails("staff")
    void an_assessment_dated_in_the_future_is_refused() {
        long id = community("Tomorrowland");

        assertThatThrownBy(() -> profiles.record(
                        id, ProfileSamples.profile(LocalDate.now().plusDays(2), TensionLevel.LOW, 1, 1)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("assessedOn"));
        assertThat(profiles.history(id)).isEmpty();
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_reads_profiles_in_its_scope_with_counts_below_five_suppressed() {
        long[] ids = new long[2];
        SystemTask.runAsAdministrator(() -> {
            ids[0] = community("Kouroussa centre");
            profiles.record(ids[0], ProfileSamples.profile(LocalDate.of(2026, 1, 10), TensionLevel.MEDIUM, 40, 3));
            ids[1] = communities
                    .create(new CommunityData("Kindia town", "fr", PCode.of("GN005004"), null, null))
                    .community()
                    .id();
        });

        Profile shown = profiles.history(ids[0]).getFirst();

        // 40 men and 3 women: the 40 is withheld too, or 43 - 40 would give the 3 away.
        assertThat(shown.data().counts())
                .extracting(PopulationCount::people)
                .containsExactlyInAnyOrder(SmallCounts.WITHHELD, SmallCounts.FEWER_THAN_FIVE);
        assertThat(shown.total(PopulationGroup.RETURNEES)).isEqualTo(43);
        assertThat(SmallCounts.text(SmallCounts.FEWER_THAN_FIVE)).isEqualTo("<5");
        assertThatThrownBy(() -> profiles.history(ids[1])).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.record(
                        ids[0], ProfileSamples.profile(LocalDate.of(2026, 2, 1), TensionLevel.LOW, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_sees_every_total_from_five_up_as_it_is_on_the_page_and_in_the_export() throws Exception {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(() -> {
            id[0] = community("Siguiri");
            profiles.record(
                    id[0],
                    profileWith(List.of(
                            new PopulationCount(PopulationGroup.IDPS, Sex.FEMALE, AgeBand.FROM_18_TO_35, 7),
                            new PopulationCount(PopulationGroup.IDPS, Sex.MALE, AgeBand.FROM_18_TO_35, 3),
                            new PopulationCount(PopulationGroup.RETURNEES, Sex.FEMALE, AgeBand.UNDER_18, 60),
                            new PopulationCount(PopulationGroup.RETURNEES, Sex.FEMALE, AgeBand.FROM_18_TO_35, 40),
                            new PopulationCount(PopulationGroup.RETURNEES, Sex.MALE, AgeBand.UNDER_18, 2),
                            new PopulationCount(PopulationGroup.RETURNEES, Sex.MALE, AgeBand.FROM_18_TO_35, 79))));
        });

        Profile shown = profiles.history(id[0]).getFirst();
        List<Object> row = export.rows(CommunityFilter.ALL).stream()
                .filter(r -> "Siguiri".equals(r.getFirst()))
                .findFirst()
                .orElseThrow();

        assertThat(shown.total(PopulationGroup.IDPS)).isEqualTo(10);
        assertThat(shown.total(PopulationGroup.RETURNEES)).isEqualTo(181);
        assertThat(row.get(ProfileExport.COLUMNS.indexOf(column("IDPs")))).isEqualTo(10);
        assertThat(row.get(ProfileExport.COLUMNS.indexOf(column("Returnees")))).isEqualTo(181);
        assertThat(row.get(ProfileExport.COLUMNS.indexOf(column("Returnees, female"))))
                .isEqualTo(100);
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_cannot_work_out_a_hidden_count_of_a_profile_from_its_totals() {
        List<PopulationCount> real = List.of(
                new PopulationCount(PopulationGroup.IDPS, Sex.FEMALE, AgeBand.FROM_18_TO_35, 7),
                new PopulationCount(PopulationGroup.IDPS, Sex.MALE, AgeBand.FROM_18_TO_35, 3),
                new PopulationCount(PopulationGroup.RETURNEES, Sex.FEMALE, AgeBand.UNDER_18, 0),
                new PopulationCount(PopulationGroup.RETURNEES, Sex.FEMALE, AgeBand.FROM_18_TO_35, 12),
                new PopulationCount(PopulationGroup.RETURNEES, Sex.MALE, AgeBand.UNDER_18, 1),
                new PopulationCount(PopulationGroup.RETURNEES, Sex.MALE, AgeBand.FROM_18_TO_35, 9));
        long[] id = new long[1];
        SystemTask.runAsAdministrator(() -> {
            id[0] = community("Mandiana");
            profiles.record(id[0], profileWith(real));
        });

        Profile shown = profiles.history(id[0]).getFirst();

        ProfileTotals exact = ProfileTotals.of(real);
        List<PopulationCount> stored = profileWith(real).counts(); // in the profile's own order
        for (PopulationGroup group : List.of(PopulationGroup.IDPS, PopulationGroup.RETURNEES)) {
            List<Integer> parts = new java.util.ArrayList<>();
            List<Integer> shownParts = new java.util.ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                if (stored.get(i).group() == group) {
                    parts.add(stored.get(i).people());
                    shownParts.add(shown.data().counts().get(i).people());
                }
            }
            assertThat(org.reintegration.portal.security.SubtractionAttack.recovered(
                            exact.of(group), shown.total(group), parts, shownParts))
                    .as("%s counts %s under the total %s", group, shownParts, shown.total(group))
                    .isEmpty();
            assertThat(org.reintegration.portal.security.SubtractionAttack.recovered(
                            exact.of(group),
                            shown.total(group),
                            List.of(exact.of(group, Sex.FEMALE), exact.of(group, Sex.MALE)),
                            List.of(
                                    shown.totals().of(group, Sex.FEMALE),
                                    shown.totals().of(group, Sex.MALE))))
                    .as("%s by sex", group)
                    .isEmpty();
        }
        assertThat(shown.data().counts())
                .filteredOn(c -> c.ageBand() == AgeBand.UNDER_18 && c.sex() == Sex.FEMALE)
                .extracting(PopulationCount::people)
                .as("zero stays zero")
                .containsExactly(0);
    }

    @Autowired
    ProfileExport export;

    private static ProfileExport.Column column(String header) {
        return ProfileExport.COLUMNS.stream()
                .filter(c -> org.reintegration.portal.base.Texts.get(java.util.Locale.ENGLISH, c.header())
                        .equals(header))
                .findFirst()
                .orElseThrow();
    }

    private static ProfileData profileWith(List<PopulationCount> counts) {
        ProfileData d = ProfileSamples.profile(LocalDate.of(2026, 1, 10), TensionLevel.MEDIUM, 1, 1);
        return new ProfileData(
                d.assessedOn(),
                d.method(),
                d.participants(),
                d.sourceNotes(),
                null,
                d.households(),
                counts,
                d.services(),
                d.mainSectors(),
                d.opportunities(),
                d.skillsInDemand(),
                d.tension(),
                d.tensionDrivers(),
                d.incidents(),
                d.psychosocialResources(),
                d.priorityNeeds(),
                d.suitability());
    }

    private long community(String name) {
        return communities
                .create(new CommunityData(name, "fr", PCode.of("GN004003"), null, null))
                .community()
                .id();
    }
}
