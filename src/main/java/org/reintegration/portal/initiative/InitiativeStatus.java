package org.reintegration.portal.initiative;

import java.util.EnumSet;
import java.util.Set;

/**
 * An initiative's way from idea to project. Only the moves listed in {@link #next()} are allowed; the
 * service refuses any other with a message saying where the initiative stands.
 */
public enum InitiativeStatus {
    PROPOSED,
    UNDER_REVIEW,
    FEASIBLE,
    NOT_FEASIBLE,
    ON_BALLOT,
    SELECTED,
    NOT_SELECTED,
    PROJECT;

    /** The statuses this one may move to. */
    public Set<InitiativeStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(UNDER_REVIEW);
            // A review decides; staff may also send an idea back to the proposals.
            case UNDER_REVIEW -> EnumSet.of(FEASIBLE, NOT_FEASIBLE, PROPOSED);
            // A decision may be revisited by a new review until the initiative is on a ballot.
            case FEASIBLE -> EnumSet.of(ON_BALLOT, UNDER_REVIEW);
            case NOT_FEASIBLE -> EnumSet.of(UNDER_REVIEW);
            // Taken off a ballot before voting, or decided by the round's results.
            case ON_BALLOT -> EnumSet.of(FEASIBLE, SELECTED, NOT_SELECTED);
            case SELECTED -> EnumSet.of(PROJECT);
            // May stand again in a later round.
            case NOT_SELECTED -> EnumSet.of(ON_BALLOT);
            case PROJECT -> EnumSet.noneOf(InitiativeStatus.class);
        };
    }

    public boolean mayMoveTo(InitiativeStatus target) {
        return next().contains(target);
    }

    /** True while a feasibility review may still be recorded or replaced. */
    public boolean reviewable() {
        return this == UNDER_REVIEW || this == FEASIBLE || this == NOT_FEASIBLE;
    }

    public String labelKey() {
        return "initiative-status." + name();
    }
}
