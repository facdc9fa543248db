package org.reintegration.portal.returnees;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A correction of a stored returnee count: the figures before and after it, why, by whom and when. Kept for
 * good; the count itself holds the latest corrected figures.
 */
public record ReturneeCorrection(
        long id,
        long countId,
        ReturneeFigures before,
        ReturneeFigures after,
        String reason,
        String correctedBy,
        LocalDateTime correctedAt) {

    /** The longest reason kept. */
    public static final int REASON_MAX = 500;

    public ReturneeCorrection {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(correctedBy, "correctedBy");
        Objects.requireNonNull(correctedAt, "correctedAt");
    }
}
