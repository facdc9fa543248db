package org.reintegration.portal.selection.voting;

/**
 * A ballot whose code exists and whose choices followed the round's rules when it was handed in,
 * waiting to be written. Lives only in memory, for the few milliseconds until its batch commits.
 *
 * @param codeHash  the keyed hash of its code
 * @param gatewayId the gateway that submitted it, or {@code null}
 */
record ValidatedBallot(String codeHash, long roundId, BallotSubmission submission, Long gatewayId) {}
