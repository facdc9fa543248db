package org.reintegration.portal.initiative;

import java.util.Objects;

/** One row of the feasibility grid: a rating with the reviewer's note (null when none). */
public record Assessment(Rating rating, String note) {

    public Assessment {
        Objects.requireNonNull(rating, "rating");
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
