package org.reintegration.portal.changes;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What changed in a user's areas since a moment, newest first.
 *
 * @param since      the user's last visit, or (on a first visit) the start of the period shown
 * @param firstVisit true when the user never opened the list before
 * @param truncated  true when more changes happened than the list holds
 */
public record ChangeDigest(
        LocalDateTime since, boolean firstVisit, List<Change> changes, boolean truncated, boolean subscribed) {

    public ChangeDigest {
        changes = List.copyOf(changes);
    }
}
