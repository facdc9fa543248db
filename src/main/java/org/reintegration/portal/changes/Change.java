package org.reintegration.portal.changes;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One thing that changed in the areas a user follows.
 *
 * @param subject what changed: a project's or initiative's title, a round's or community's name
 * @param detail  the new status, percentage or phase (a name, translated by the page), a milestone's
 *     title or a comment's author; for a new profile, what changed from the one before (profile field names,
 *     {@code services.KIND} and {@code suitability.CRITERION}, separated by spaces); null when the kind says all
 * @param place   where: the community's name, or the place or area a project names
 * @param link    the page to open, as a route (such as {@code projects/12})
 */
public record Change(LocalDateTime at, ChangeKind kind, String subject, String detail, String place, String link) {

    public Change {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(link, "link");
    }
}
