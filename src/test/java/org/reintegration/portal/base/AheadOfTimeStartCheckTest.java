package org.reintegration.portal.base;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class AheadOfTimeStartCheckTest {

    @AfterEach
    void regularStart() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
    }

    @Test
    void an_ahead_of_time_start_in_the_setting_it_was_made_for_goes_ahead() {
        SpringProperties.setFlag(AotDetector.AOT_ENABLED);

        assertThatCode(() -> AheadOfTimeStartCheck.check(environment(Map.of("portal.demo.enabled", "true"))))
                .doesNotThrowAnyException();
    }

    @Test
    void an_ahead_of_time_start_with_an_external_database_stops_and_says_why() {
        SpringProperties.setFlag(AotDetector.AOT_ENABLED);

        assertThatThrownBy(() -> AheadOfTimeStartCheck.check(environment(Map.of(
                        "portal.demo.enabled", "true", "spring.datasource.url", "jdbc:mysql://db.example/portal"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.datasource.url is set")
                .hasMessageContaining("Start without -Dspring.aot.enabled=true");
    }

    @Test
    void an_ahead_of_time_start_with_a_profile_or_without_the_demo_data_stops() {
        SpringProperties.setFlag(AotDetector.AOT_ENABLED);
        StandardEnvironment production = environment(Map.of("portal.demo.enabled", "false"));
        production.setActiveProfiles("prod");

        assertThatThrownBy(() -> AheadOfTimeStartCheck.check(production))
                .hasMessageContaining("the profile prod is active")
                .hasMessageContaining("portal.demo.enabled is false");
    }

    @Test
    void a_regular_start_is_not_checked() {
        assertThatCode(() -> AheadOfTimeStartCheck.check(
                        environment(Map.of("spring.datasource.url", "jdbc:mysql://db.example/portal"))))
                .doesNotThrowAnyException();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
