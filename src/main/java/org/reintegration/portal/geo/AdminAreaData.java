package org.reintegration.portal.geo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.reintegration.portal.base.PCode;

/**
 * An admin area as read from a boundary file, ready to be stored.
 *
 * @param parent the parent area's P-code; null for a country (level 0)
 * @param geometryJson GeoJSON Polygon or MultiPolygon; null when only the name is known (an ancestor
 *     named in a lower-level file)
 * @param bounds bounding box of the geometry; null without geometry
 * @param otherNames names in further languages, by ISO 639-1 code (e.g. {@code ar})
 */
public record AdminAreaData(
        PCode pcode,
        String name,
        int level,
        PCode parent,
        PCode country,
        String geometryJson,
        GeoBounds bounds,
        LocalDate validOn,
        Map<String, String> otherNames) {

    public static final int NAME_MAX = 200;
    public static final int MAX_LEVEL = 5;

    public AdminAreaData {
        Objects.requireNonNull(pcode, "pcode");
        Objects.requireNonNull(country, "country");
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new IllegalArgumentException("The name of " + pcode + " must have 1 to " + NAME_MAX + " characters");
        }
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("Admin level must be 0 to " + MAX_LEVEL + ", not " + level);
        }
        if ((level == 0) != (parent == null)) {
            throw new IllegalArgumentException(pcode + ": a country has no parent, every other area has one");
        }
        otherNames = Map.copyOf(otherNames);
    }

    public boolean hasGeometry() {
        return geometryJson != null;
    }
}
