package org.reintegration.portal.selection.round;

/** How a voter fills in a ballot. */
public enum BallotFormat {
    /** Tick between a minimum and a maximum number of initiatives. */
    APPROVAL,
    /** Tick initiatives whose costs together fit the round's budget. */
    KNAPSACK,
    /** Distribute a number of points among initiatives. */
    CUMULATIVE;

    public String labelKey() {
        return "ballot-format." + name();
    }
}
