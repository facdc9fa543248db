package org.reintegration.portal.base;

import java.util.ArrayList;
import java.util.List;
import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses a start with the beans Spring worked out when the portal was built ({@code -Dspring.aot.enabled=true},
 * docs/benchmarks.md, start-up) in a setting they were not worked out for. The build settles every condition on
 * the beans for the portal's own setting: the embedded database, the demo data, no profile. Started that way
 * with {@code spring.datasource.url}, a profile or the demo data turned off, the portal would still start its
 * embedded database or load the demo data; it stops instead and says what differs.
 */
public final class AheadOfTimeStartCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(ConfigurableEnvironment environment) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        List<String> differences = new ArrayList<>();
        if (!environment.getProperty("spring.datasource.url", "").isBlank()) {
            differences.add("spring.datasource.url is set");
        }
        if (environment.getActiveProfiles().length > 0) {
            differences.add("the profile " + String.join(", ", environment.getActiveProfiles()) + " is active");
        }
        if (!environment.getProperty("portal.demo.enabled", Boolean.class, false)) {
            differences.add("portal.demo.enabled is false");
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException("The ahead-of-time processed start (spring.aot.enabled) is made for the"
                    + " embedded database with the demo data and no profile, but " + String.join("; ", differences)
                    + ". Start without -Dspring.aot.enabled=true.");
        }
    }
}
