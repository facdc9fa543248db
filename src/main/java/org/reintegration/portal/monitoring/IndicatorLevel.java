package org.reintegration.portal.monitoring;

/** Where an indicator sits in the results framework; the codes are IATI's ResultType. */
public enum IndicatorLevel {
    OUTPUT("1"),
    OUTCOME("2");

    private final String iatiCode;

    IndicatorLevel(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }

    public String labelKey() {
        return "indicators.level." + name();
    }
}
