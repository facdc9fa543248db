package org.reintegration.portal.geo;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An admin area that has an outline, with when the outline was last stored: enough to tell whether a copy
 * made from it earlier is still current, without reading the outline itself.
 */
public record AreaOutlineVersion(AdminArea area, LocalDateTime storedAt) {
    public AreaOutlineVersion {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(storedAt, "storedAt");
    }
}
