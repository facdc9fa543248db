package org.reintegration.portal.initiative;

/** The rows of the feasibility grid. */
public enum Criterion {
    TECHNICAL,
    /** Market and demand; required for economic initiatives, may be not applicable otherwise. */
    MARKET,
    /** Is the cost realistic; the reviewer may set the validated cost that goes on the ballot. */
    COST,
    /** Does it last once support ends. */
    SUSTAINABILITY,
    /** Does it include returnees and residents. */
    INCLUSION,
    /** Do no harm / conflict sensitivity: who benefits, could it deepen tension, land or resource disputes. */
    DO_NO_HARM;

    public String labelKey() {
        return "criterion." + name();
    }

    /** The longest note a criterion takes (do no harm gets more room). */
    public int noteMax() {
        return this == DO_NO_HARM ? 2000 : 1000;
    }
}
