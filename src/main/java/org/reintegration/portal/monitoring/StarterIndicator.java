package org.reintegration.portal.monitoring;

/**
 * The typical indicators of community reintegration a programme starts from; staff pick them when
 * adding an indicator, so that projects report comparable figures the programme can add up. The
 * interface names them through {@link #labelKey()}.
 */
public enum StarterIndicator {
    /** People benefiting from the project, by sex and by returnee/resident status. */
    PEOPLE_BENEFITING("CR-OUT-1", IndicatorLevel.OUTPUT, IndicatorUnit.PEOPLE, true),
    /** Jobs or income-generating activities created. */
    JOBS_CREATED("CR-OUT-2", IndicatorLevel.OUTPUT, IndicatorUnit.JOBS, true),
    /** Services (water points, health, education, legal aid...) made accessible to the community. */
    SERVICES_ACCESSIBLE("CR-OUT-3", IndicatorLevel.OUTPUT, IndicatorUnit.SERVICES, true),
    /** People reached by psychosocial activities (sensitisation, peer support, networks). */
    PSYCHOSOCIAL_REACHED("CR-OUT-4", IndicatorLevel.OUTPUT, IndicatorUnit.PEOPLE, true),
    /** Share of community members who perceive tension between returnees and residents: lower is better. */
    PERCEIVED_TENSION("CR-OC-1", IndicatorLevel.OUTCOME, IndicatorUnit.PERCENT, false);

    private final String code;
    private final IndicatorLevel level;
    private final IndicatorUnit unit;
    private final boolean ascending;

    StarterIndicator(String code, IndicatorLevel level, IndicatorUnit unit, boolean ascending) {
        this.code = code;
        this.level = level;
        this.unit = unit;
        this.ascending = ascending;
    }

    /** The programme's reference code, written to IATI as the indicator's reference. */
    public String code() {
        return code;
    }

    public IndicatorLevel level() {
        return level;
    }

    public IndicatorUnit unit() {
        return unit;
    }

    /** True when more is better. */
    public boolean ascending() {
        return ascending;
    }

    public String labelKey() {
        return "indicators.starter." + name();
    }
}
