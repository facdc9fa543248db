package org.reintegration.portal.grant;

import java.util.Set;

/** Where a grant agreement stands. Only the steps listed in {@link #mayMoveTo} exist. */
public enum GrantStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    ACTIVE,
    SUSPENDED,
    CLOSED;

    /** The statuses this one may move to: draft → submitted → approved → active ⇄ suspended → closed. */
    public Set<GrantStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(DRAFT, APPROVED);
            case APPROVED -> Set.of(ACTIVE);
            case ACTIVE -> Set.of(SUSPENDED, CLOSED);
            case SUSPENDED -> Set.of(ACTIVE, CLOSED);
            case CLOSED -> Set.of();
        };
    }

    public boolean mayMoveTo(GrantStatus target) {
        return next().contains(target);
    }

    /** Approved and later: the money is committed. */
    public boolean isCommitted() {
        return this == APPROVED || this == ACTIVE || this == SUSPENDED || this == CLOSED;
    }

    public String labelKey() {
        return "grants.status." + name();
    }
}
