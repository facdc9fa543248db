package org.reintegration.portal.selection.voting;

/** How a voter fills in the ballot. */
public enum BallotFormat {
    /** Tick between the round's minimum and maximum number of initiatives. */
    APPROVAL,
    /** Tick initiatives whose costs together stay within the round's budget. */
    KNAPSACK,
    /** Spread the round's points over the initiatives. */
    CUMULATIVE
}
