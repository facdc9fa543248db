package org.reintegration.portal.selection.round;

import java.time.LocalDate;
import org.reintegration.portal.base.InvalidFieldException;

/**
 * The dates each phase starts, shown publicly; any may be unknown (null). Known dates follow the
 * phases' order.
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
     * These dates once the phase actually started on the day: earlier phases planned for later start
     * that day too, and later phases planned before it lose their (now impossible) date.
     */
    public PhaseDates startedOn(Phase phase, LocalDate day) {
        LocalDate[] dates = new LocalDate[Phase.values().length];
        for (Phase p : Phase.values()) {
            LocalDate planned = of(p);
            if (p == phase) {
                dates[p.ordinal()] = day;
            } else if (p.ordinal() < phase.ordinal()) {
                dates[p.ordinal()] = planned != null && planned.isAfter(day) ? day : planned;
            } else {
                dates[p.ordinal()] = planned != null && planned.isBefore(day) ? null : planned;
            }
        }
        return new PhaseDates(dates[0], dates[1], dates[2], dates[3], dates[4]);
    }
}
