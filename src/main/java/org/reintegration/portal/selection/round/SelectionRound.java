package org.reintegration.portal.selection.round;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A stored selection round.
 *
 * @param communities the communities taking part, by name
 * @param resultsComputedAt when results were last computed, or null
 * @param started the day each phase actually started (the announced dates are in {@code data})
 */
public record SelectionRound(
        long id,
        RoundData data,
        Phase phase,
        List<CommunityRef> communities,
        String createdBy,
        LocalDateTime createdAt,
        LocalDateTime resultsComputedAt,
        PhaseDates started) {

    public String name() {
        return data.name();
    }
}
