package org.reintegration.portal.selection.voting;

/**
 * A gateway just created with its key: the only time the key is seen; only its hash is stored.
 *
 * @param key the value of the {@code X-Voting-Gateway-Key} header the gateway sends
 */
public record IssuedGatewayKey(VotingGateway gateway, String key) {}
