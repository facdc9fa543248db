package org.reintegration.portal.selection.voting;

/** The phases of a selection round, in order. Ballots are accepted only in {@link #VOTING}. */
public enum RoundPhase {
    PROPOSALS,
    REVIEW,
    VOTING,
    RESULTS,
    CLOSED
}
