package org.reintegration.portal.security;

import java.util.Set;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.PCode;

/**
 * The admin areas a user may see: everywhere (staff, administrators), the areas below a set of
 * roots (a local authority: each root covers itself and all its descendants), or nowhere.
 */
public record AreaScope(boolean everywhere, Set<PCode> roots) {

    public AreaScope {
        roots = Set.copyOf(roots);
    }

    public static AreaScope everywhereScope() {
        return new AreaScope(true, Set.of());
    }

    public static AreaScope within(Set<PCode> roots) {
        return new AreaScope(false, roots);
    }

    public static AreaScope nowhere() {
        return new AreaScope(false, Set.of());
    }

    public boolean covers(PCode area, AreaHierarchy hierarchy) {
        return everywhere || roots.stream().anyMatch(root -> hierarchy.isWithin(area, root));
    }
}
