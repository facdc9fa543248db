package org.reintegration.portal.selection.voting;

/**
 * Where a code comes from, for the limit on wrong codes: staff (paper ballots; never limited), an
 * anonymous address or browser session, or a gateway known by its key.
 *
 * @param address   the address or session, {@code null} for staff
 * @param gatewayId the gateway whose key came with the request, or {@code null}
 */
public record VotingOrigin(String address, Long gatewayId) {

    /** Staff entering ballots: not limited. */
    public static final VotingOrigin STAFF = new VotingOrigin(null, null);

    /** An anonymous origin; {@code null} means staff. */
    public static VotingOrigin of(String address) {
        return address == null ? STAFF : new VotingOrigin(address, null);
    }

    public boolean staff() {
        return address == null && gatewayId == null;
    }
}
