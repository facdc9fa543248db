package org.reintegration.portal.selection.voting;

/** Ballots counted in a round, by channel. */
public record BallotCounts(int online, int paper) {

    public int total() {
        return online + paper;
    }
}
