package org.reintegration.portal.selection.voting;

import java.util.Objects;

/**
 * A ballot handed in with its code.
 *
 * @param code    the voting code as typed (any case, with or without dashes)
 * @param roundId the round the voter is voting in, or {@code null} to take the code's round
 */
public record BallotSubmission(String code, Long roundId, BallotChoices choices, Channel channel, VoterProfile voter) {

    public BallotSubmission {
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(channel, "channel");
        voter = voter == null ? VoterProfile.UNDECLARED : voter;
    }
}
