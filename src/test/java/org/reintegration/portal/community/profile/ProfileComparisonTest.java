package org.reintegration.portal.community.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.community.TensionLevel;

class ProfileComparisonTest {

    @Test
    void lists_what_changed_since_the_previous_profile() {
        ProfileData before = ProfileSamples.profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3);
        ProfileData after = ProfileSamples.profile(LocalDate.of(2026, 3, 1), TensionLevel.LOW, 55, 12);

        assertThat(ProfileComparison.between(before, after))
                .containsExactly(
                        new ProfileChange("people.RETURNEES", "43", "67"), new ProfileChange("tension", "HIGH", "LOW"));
    }

    @Test
    void every_compared_field_is_reported_when_it_changes() {
        assertThat(ProfileSamples.everyFieldChanged())
                .extracting(ProfileChange::field)
                .containsExactly(
                        "population",
                        "households",
                        "people.RETURNEES",
                        "people.IDPS",
                        "people.RESIDENTS",
                        "tension",
                        "tensionDrivers",
                        "incidents",
                        "services",
                        "priorityNeeds",
                        "mainSectors",
                        "suitability");
    }

    @Test
    void two_equal_profiles_have_no_changes() {
        ProfileData profile = ProfileSamples.profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3);

        assertThat(ProfileComparison.between(profile, profile)).isEmpty();
    }

    @Test
    void only_the_criteria_and_services_whose_answer_changed_are_listed() {
        ProfileData before = withRatings(
                ProfileSamples.profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3),
                java.util.List.of(
                        new ServiceAccess(ServiceKind.HEALTH, AccessRating.POOR, null),
                        new ServiceAccess(ServiceKind.EDUCATION, AccessRating.GOOD, null)),
                java.util.List.of(
                        new Suitability(SuitabilityCriterion.MANY_RETURNEES_IN_SHORT_TIME, SuitabilityAnswer.YES, null),
                        new Suitability(SuitabilityCriterion.CIVIL_SOCIETY_ACTIVE, SuitabilityAnswer.NO, null)));
        ProfileData after = withRatings(
                ProfileSamples.profile(LocalDate.of(2026, 3, 1), TensionLevel.HIGH, 40, 3),
                java.util.List.of(
                        new ServiceAccess(ServiceKind.HEALTH, AccessRating.POOR, "still one clinic"),
                        new ServiceAccess(ServiceKind.EDUCATION, AccessRating.FAIR, null)),
                java.util.List.of(
                        new Suitability(SuitabilityCriterion.MANY_RETURNEES_IN_SHORT_TIME, SuitabilityAnswer.YES, null),
                        new Suitability(SuitabilityCriterion.CIVIL_SOCIETY_ACTIVE, SuitabilityAnswer.YES, null)));

        assertThat(ProfileComparison.between(before, after))
                .containsExactly(
                        new ProfileChange("services", "EDUCATION: GOOD", "EDUCATION: FAIR"),
                        new ProfileChange("suitability", "CIVIL_SOCIETY_ACTIVE: NO", "CIVIL_SOCIETY_ACTIVE: YES"));
    }

    @Test
    void new_incidents_are_a_change() {
        ProfileData before = ProfileSamples.profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3);
        ProfileData after = ProfileSamples.withIncidents(
                ProfileSamples.profile(LocalDate.of(2026, 3, 1), TensionLevel.HIGH, 40, 3), "Fight at the market");

        assertThat(ProfileComparison.between(before, after))
                .containsExactly(new ProfileChange("incidents", null, "Fight at the market"));
    }

    private static ProfileData withRatings(
            ProfileData d, java.util.List<ServiceAccess> services, java.util.List<Suitability> suitability) {
        return new ProfileData(
                d.assessedOn(),
                d.method(),
                d.participants(),
                d.sourceNotes(),
                d.population(),
                d.households(),
                d.counts(),
                services,
                d.mainSectors(),
                d.opportunities(),
                d.skillsInDemand(),
                d.tension(),
                d.tensionDrivers(),
                d.incidents(),
                d.psychosocialResources(),
                d.priorityNeeds(),
                suitability);
    }
}
