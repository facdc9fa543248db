package org.reintegration.portal.monitoring;

import java.time.LocalDate;

/**
 * A lesson learned on a project.
 *
 * @param author the name of the staff member who wrote it down, as it was then
 */
public record Lesson(long id, long projectId, LocalDate learnedOn, String author, String text) {

    public static final int TEXT_MAX = 2000;

    public Lesson {
        text = VisitData.required(text, TEXT_MAX, "text", "lessons.error.text");
    }
}
