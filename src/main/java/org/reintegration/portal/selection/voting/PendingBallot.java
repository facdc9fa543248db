package org.reintegration.portal.selection.voting;

/**
 * A ballot handed in, waiting to be checked and written by the intake's writer: its code was well formed
 * and is carried as its keyed hash; whether the code exists, is unused and belongs to an open round, and
 * whether the choices follow the round's rules, is decided under the writer's locks. Lives only in
 * memory, for the few milliseconds until its batch commits.
 *
 * @param codeHash  the keyed hash of its code
 * @param gatewayId the gateway that submitted it, or {@code null}
 */
record PendingBallot(String codeHash, BallotSubmission submission, Long gatewayId) {}
