package org.reintegration.portal.map;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reporting period of returnee counts.
 *
 * @param end   the reporting date
 * @param label what the period is called, such as {@code DTM round 2}
 */
public record Period(LocalDate end, String label) {

    public Period {
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(label, "label");
    }
}
