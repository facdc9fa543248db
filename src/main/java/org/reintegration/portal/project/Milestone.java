package org.reintegration.portal.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A step of a project.
 *
 * @param doneOn when it was reached; set exactly when the status is DONE
 */
public record Milestone(long id, String title, LocalDate dueOn, LocalDate doneOn, MilestoneStatus status, String note) {

    public static final int TITLE_MAX = 200;
    public static final int NOTE_MAX = 1000;

    public Milestone {
        Objects.requireNonNull(status, "status");
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > TITLE_MAX) {
            throw new IllegalArgumentException("title: 1 to " + TITLE_MAX + " characters");
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw new IllegalArgumentException("note: at most " + NOTE_MAX + " characters");
        }
        if ((status == MilestoneStatus.DONE) != (doneOn != null)) {
            throw new IllegalArgumentException("doneOn: set when, and only when, the milestone is done");
        }
    }

    /** A milestone not stored yet. */
    public static Milestone of(String title, LocalDate dueOn, LocalDate doneOn, MilestoneStatus status, String note) {
        return new Milestone(0, title, dueOn, doneOn, status, note);
    }

    /** True when it is not done by its due date. */
    public boolean isLate(LocalDate today) {
        return dueOn != null
                && status != MilestoneStatus.DONE
                && status != MilestoneStatus.DROPPED
                && dueOn.isBefore(today);
    }

    /** Done milestones as a whole percentage of those not dropped; {@code otherwise} when there are none. */
    public static int progressOf(List<Milestone> milestones, int otherwise) {
        long counted = milestones.stream()
                .filter(m -> m.status() != MilestoneStatus.DROPPED)
                .count();
        if (counted == 0) {
            return otherwise;
        }
        long done = milestones.stream()
                .filter(m -> m.status() == MilestoneStatus.DONE)
                .count();
        return (int) (100 * done / counted);
    }
}
