package org.reintegration.portal.grant;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One entry of a grant's audit trail: who did what, and when. Events are only ever added.
 *
 * @param kind   what happened
 * @param detail what changed, as stored: an {@link EventDetail} in its stored form, or, for events recorded
 *     before details were structured, an English sentence
 * @param number its place in the grant's hash chain (1 for the first event), or 0 when it is not in the chain
 */
public record GrantEvent(
        long id, long grantId, LocalDateTime at, String actor, EventKind kind, String detail, int number) {

    /** What changed, to be worded in the reader's language; empty for an English detail recorded before. */
    public Optional<EventDetail> structured() {
        return EventDetail.read(detail);
    }
}
