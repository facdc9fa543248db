package org.reintegration.portal.selection.voting;

import java.time.LocalDateTime;

/**
 * A tablet or SMS gateway that submits ballots for many voters with a key staff issued. Its ballots and
 * wrong codes are counted under its name, and it has its own, higher limit on wrong codes.
 *
 * @param ballots    ballots counted that it submitted
 * @param wrongCodes unknown codes it submitted
 */
public record VotingGateway(
        long id,
        String name,
        String createdBy,
        LocalDateTime createdAt,
        String revokedBy,
        LocalDateTime revokedAt,
        long ballots,
        long wrongCodes) {

    /** The longest name. */
    public static final int NAME_MAX = 100;

    public boolean revoked() {
        return revokedAt != null;
    }
}
