package org.reintegration.portal.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Indicators and actuals for tests. */
public final class MonitoringSamples {

    private MonitoringSamples() {}

    /** People benefiting: baseline 0 on 1 January 2026, target 100 by the end of 2026. */
    public static IndicatorData peopleBenefiting() {
        return IndicatorData.of(
                StarterIndicator.PEOPLE_BENEFITING,
                BigDecimal.ZERO,
                LocalDate.of(2026, 1, 1),
                BigDecimal.valueOf(100),
                LocalDate.of(2026, 12, 31));
    }

    /** An actual of a month of 2026 with its parts. */
    public static Actual month(
            int month, int total, Integer female, Integer male, Integer returnees, Integer residents) {
        LocalDate start = LocalDate.of(2026, month, 1);
        return Actual.of(
                start,
                start.plusMonths(1).minusDays(1),
                BigDecimal.valueOf(total),
                female,
                male,
                returnees,
                residents,
                null);
    }
}
