package org.reintegration.portal.returnees;

import java.time.LocalDateTime;
import java.util.Objects;

/** A stored returnee count, as the reader may see it (small counts suppressed outside staff roles). */
public record ReturneeCount(long id, ReturneeCountData data, LocalDateTime recordedAt) {

    public ReturneeCount {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
