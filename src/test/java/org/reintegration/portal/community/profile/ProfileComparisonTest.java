package org.reintegration.portal.community.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

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
}
