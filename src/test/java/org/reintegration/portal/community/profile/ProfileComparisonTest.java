package org.reintegration.portal.community.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProfileComparisonTest {

    @Test
    void lists_what_changed_since_the_previous_profile() {
        ProfileData before = ProfileServiceTest.profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3);
        ProfileData after = ProfileServiceTest.profile(LocalDate.of(2026, 3, 1), TensionLevel.LOW, 55, 12);

        assertThat(ProfileComparison.between(before, after))
                .containsExactly(
                        new ProfileChange("people.RETURNEES", "43", "67"), new ProfileChange("tension", "HIGH", "LOW"));
    }

    @Test
    void two_equal_profiles_have_no_changes() {
        ProfileData profile = ProfileServiceTest.profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3);

        assertThat(ProfileComparison.between(profile, profile)).isEmpty();
    }
}
