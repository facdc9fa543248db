package org.reintegration.portal.selection.round;

import java.time.LocalDate;
import org.reintegration.portal.base.InvalidFieldException;

/**
 * The dates each phase starts, shown publicly; any may be unknown (null). Known dates follow the
 * phases' order. A round has two sets: the dates announced (set by staff when planning) and the dates each
 * phase actually started (set when staff move the round); a move never changes the announced ones.
 */
public record PhaseDates(
        LocalDate proposalsFrom,
        LocalDate reviewFrom,
        LocalDate votingFrom,
        LocalDate resultsFrom,
        LocalDate closedFrom) {

    public static final PhaseDates NONE = new PhaseDates(null, null, null, null, null);

    public PhaseDates {
        LocalDate[] dates = {proposalsFrom, reviewFrom, votingFrom, resultsFrom, closedFrom};
        LocalDate previous = null;
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                continue;
            }
            if (previous != null && dates[i].isBefore(previous)) {
                throw new InvalidFieldException(
                        "date." + Phase.values()[i].name(), "rounds.error.date-order", "dates out of order");
            }
            previous = dates[i];
        }
    }

    public LocalDate of(Phase phase) {
        return switch (phase) {
            case PROPOSALS -> proposalsFrom;
            case REVIEW -> reviewFrom;
            case VOTING -> votingFrom;
            case RESULTS -> resultsFrom;
            case CLOSED -> closedFrom;
        };
    }

    /**
     * Actual start dates after a move to {@code target} on {@code day}: the target's start is the day (a step
     * back keeps the start the phase already had), and phases after it have not started.
     */
    public PhaseDates movedTo(Phase target, LocalDate day) {
        boolean stepBack = target.next() != null && of(target.next()) != null;
        LocalDate[] dates = new LocalDate[Phase.values().length];
        for (Phase p : Phase.values()) {
            if (p.ordinal() < target.ordinal()) {
                dates[p.ordinal()] = of(p);
            } else if (p == target) {
                dates[p.ordinal()] = stepBack && of(p) != null ? of(p) : day;
            }
        }
        return new PhaseDates(dates[0], dates[1], dates[2], dates[3], dates[4]);
    }
}
