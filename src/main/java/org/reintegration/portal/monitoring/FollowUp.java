package org.reintegration.portal.monitoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An action a monitoring visit asked for.
 *
 * @param dueOn  by when, or null
 * @param doneOn when it was done; set exactly when the status is DONE
 */
public record FollowUp(long id, String action, LocalDate dueOn, FollowUpStatus status, LocalDate doneOn) {

    public static final int ACTION_MAX = 500;

    public FollowUp {
        Objects.requireNonNull(status, "status");
        action = VisitData.required(action, ACTION_MAX, "action", "visits.error.follow-up");
        if ((status == FollowUpStatus.DONE) != (doneOn != null)) {
            throw new IllegalArgumentException("doneOn: set when, and only when, the action is done");
        }
    }

    /** A new, open action. */
    public static FollowUp open(String action, LocalDate dueOn) {
        return new FollowUp(0, action, dueOn, FollowUpStatus.OPEN, null);
    }

    /** True when it is still open after its due date. */
    public boolean isOverdue(LocalDate today) {
        return status == FollowUpStatus.OPEN && dueOn != null && dueOn.isBefore(today);
    }
}
