package org.reintegration.portal.security;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.security.repository.UserRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place any service asks "may the current user see / change things in area X?". Staff and
 * administrators may everywhere; a local authority may see, never change, within its area scopes;
 * anyone else may neither. Scopes are read from the database at every question, so an
 * administrator's change applies at once, not at the user's next sign-in.
 * See docs/adr/0004-area-scopes.md.
 */
@Component
public class AreaAccess {

    private final CurrentUser currentUser;
    private final UserRepository users;
    private final AreaHierarchy hierarchy;

    AreaAccess(CurrentUser currentUser, UserRepository users, AreaHierarchy hierarchy) {
        this.currentUser = currentUser;
        this.users = users;
        this.hierarchy = hierarchy;
    }

    /** The areas the current user may see. */
    public AreaScope visibleScope() {
        if (isStaff()) {
            return AreaScope.everywhereScope();
        }
        if (currentUser.hasRole(Role.AUTHORITY)) {
            return currentUser
                    .get()
                    .map(user -> AreaScope.within(users.scopesOf(user.id())))
                    .orElse(AreaScope.nowhere());
        }
        return AreaScope.nowhere();
    }

    /**
     * The admin areas whose contents the caller may read within {@code area} and everything below
     * it, for filtering a query: {@code null} means "any area" (staff asking without an area); an
     * empty set means none.
     *
     * @param area the area asked for, or null for all the caller may see
     */
    public Set<PCode> visibleAreasWithin(PCode area) {
        AreaScope scope = visibleScope();
        Set<PCode> requested = area == null ? null : hierarchy.selfAndDescendants(area);
        if (scope.everywhere()) {
            return requested;
        }
        Set<PCode> allowed = new HashSet<>();
        scope.roots().forEach(root -> allowed.addAll(hierarchy.selfAndDescendants(root)));
        if (requested != null) {
            allowed.retainAll(requested);
        }
        return allowed;
    }

    public boolean maySee(PCode area) {
        return visibleScope().covers(area, hierarchy);
    }

    /**
     * The same check as {@link #maySee} for the many items of a list: the caller's scopes are read once, when
     * this is called, rather than once per item.
     */
    public Predicate<PCode> visibility() {
        AreaScope scope = visibleScope();
        return area -> scope.covers(area, hierarchy);
    }

    public boolean mayChange(PCode area) {
        return isStaff();
    }

    private boolean isStaff() {
        return currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    /** @throws AccessDeniedException when the current user may not see things in the area */
    public void checkMaySee(PCode area) {
        if (!maySee(area)) {
            throw new AccessDeniedException("No access to area " + area);
        }
    }

    /** @throws AccessDeniedException when the current user may not change things in the area */
    public void checkMayChange(PCode area) {
        if (!mayChange(area)) {
            throw new AccessDeniedException("No right to change things in area " + area);
        }
    }
}
