package org.reintegration.portal.initiative;

/** How an initiative meets one criterion of the feasibility grid. */
public enum Rating {
    YES,
    PARTLY,
    NO,
    NOT_APPLICABLE;

    public String labelKey() {
        return "rating." + name();
    }
}
