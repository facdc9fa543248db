package org.reintegration.portal.selection.outcome;

import java.util.Objects;

/**
 * Identical ballots cast by several voters. Rules work on groups rather than on single voters: in
 * large elections there are far fewer distinct ballots than voters.
 *
 * @param ballot the ballot every voter of the group cast
 * @param voters how many voters cast it, at least one
 */
public record BallotGroup(Ballot ballot, long voters) {

    public BallotGroup {
        Objects.requireNonNull(ballot, "ballot");
        if (voters < 1) {
            throw new IllegalArgumentException("a ballot group needs at least one voter, got " + voters);
        }
    }
}
