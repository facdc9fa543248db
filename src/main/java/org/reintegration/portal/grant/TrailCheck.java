package org.reintegration.portal.grant;

import java.time.LocalDateTime;

/**
 * What checking a grant's audit trail against its hash chain found (see {@link EventChain}).
 *
 * @param verified how many events, from the first, matched their hashes
 * @param problem  NONE when the whole trail is intact
 * @param event    the number of the first event that is missing or does not match; 0 for NONE and OUTSIDE
 * @param outsideAt for OUTSIDE, when the event that is not in the chain says it happened
 * @param headHash the hash of the last verified event: written down elsewhere (the PDF report prints it), it
 *     shows later whether the trail up to then was rewritten
 */
public record TrailCheck(int verified, Problem problem, int event, LocalDateTime outsideAt, String headHash) {

    public enum Problem {
        /** Every event matches its hash. */
        NONE,
        /** Event {@code event} was changed, or a hash was. */
        ALTERED,
        /** Event {@code event} was removed (and the events after it, when it was the last ones). */
        MISSING,
        /** An event was added to the table without going through the portal. */
        OUTSIDE
    }

    static TrailCheck broken(Problem problem, int event, int verified) {
        return new TrailCheck(verified, problem, event, null, null);
    }

    public boolean intact() {
        return problem == Problem.NONE;
    }
}
