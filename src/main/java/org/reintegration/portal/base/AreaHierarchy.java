package org.reintegration.portal.base;

import java.util.Optional;
import java.util.Set;

/**
 * The parent relation between admin areas, so that any capability can ask whether one area lies
 * within another without depending on how areas are stored.
 */
public interface AreaHierarchy {

    /** The parent of an area; empty for a country or an unknown P-code. */
    Optional<PCode> parentOf(PCode area);

    /** True when the area is known. */
    boolean contains(PCode area);

    /** The area itself and every area below it; empty for an unknown area. */
    Set<PCode> selfAndDescendants(PCode area);

    /** True when {@code area} is {@code ancestor} itself or lies anywhere below it. */
    default boolean isWithin(PCode area, PCode ancestor) {
        PCode current = area;
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (current.equals(ancestor)) {
                return true;
            }
            current = parentOf(current).orElse(null);
        }
        return false;
    }
}
