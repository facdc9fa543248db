package org.reintegration.portal.grant;

/** What a budget line pays for. */
public enum BudgetCategory {
    EQUIPMENT,
    MATERIALS,
    WORKS,
    TRAINING,
    PERSONNEL,
    TRANSPORT,
    ADMINISTRATION,
    OTHER;

    public String labelKey() {
        return "grants.category." + name();
    }
}
