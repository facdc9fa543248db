package org.reintegration.portal.monitoring;

/**
 * What an indicator counts. Counts add up over periods (people reached this quarter and the next); a
 * percentage does not, its latest value is where the indicator stands.
 */
public enum IndicatorUnit {
    PEOPLE,
    JOBS,
    ACTIVITIES,
    SERVICES,
    SESSIONS,
    HOUSEHOLDS,
    PERCENT;

    /** True for a percentage (IATI IndicatorMeasure 2), false for a count (IndicatorMeasure 1). */
    public boolean isPercentage() {
        return this == PERCENT;
    }

    /** True when a period's actual can be split by sex and by returnee/resident status. */
    public boolean countsPeople() {
        return this == PEOPLE;
    }

    public String labelKey() {
        return "indicators.unit." + name();
    }
}
