package org.reintegration.portal.grant;

import java.time.LocalDateTime;

/**
 * One entry of a grant's audit trail: who did what, and when. Events are only ever added.
 *
 * @param kind   what happened
 * @param detail what changed, in words (English, as recorded)
 * @param number its place in the grant's hash chain (1 for the first event), or 0 when it is not in the chain
 */
public record GrantEvent(
        long id, long grantId, LocalDateTime at, String actor, EventKind kind, String detail, int number) {}
