package org.reintegration.portal.community;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.repository.CommunityRepository;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.security.AreaAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communities: staff create and change them everywhere; local authorities read those within their
 * area scopes. Every method checks on the server.
 */
@Service
public class CommunityService {

    private final CommunityRepository communities;
    private final AdminAreaService areas;
    private final AreaHierarchy hierarchy;
    private final AreaAccess access;
    private final Clock clock;

    CommunityService(
            CommunityRepository communities,
            AdminAreaService areas,
            AreaHierarchy hierarchy,
            AreaAccess access,
            Clock clock) {
        this.communities = communities;
        this.areas = areas;
        this.hierarchy = hierarchy;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Communities of the given areas by {@link #nameKey}, archived ones included, for imports that name
     * communities rather than identify them. When two communities of an area share a name, the oldest is
     * taken.
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> idsByAreaAndName(java.util.Collection<PCode> areas) {
        return communities.idsByAreaAndName(areas);
    }

    /** How imports match a community: its area and its name, ignoring case and surrounding spaces. */
    public static String nameKey(PCode area, String name) {
        return CommunityNameKey.of(area, name);
    }

    /**
     * Creates a community. A location outside the area's outline is saved but reported, because
     * boundaries are simplified and communities sit on borders.
     *
     * @throws InvalidFieldException when the admin area does not exist; nothing is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public SavedCommunity create(CommunityData data) {
        checkArea(data.area());
        long id = communities.insert(data, LocalDateTime.now(clock));
        return saved(new Community(id, data, false, null));
    }

    /** Changes a community's name, area, location or description. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public SavedCommunity update(long id, CommunityData data) {
        Community existing = communities.find(id).orElseThrow(() -> new IllegalArgumentException("No community " + id));
        access.checkMayChange(existing.data().area());
        checkArea(data.area());
        communities.update(id, data, LocalDateTime.now(clock));
        return saved(new Community(id, data, existing.archived(), existing.current()));
    }

    /** Takes a community out of lists and maps, keeping everything recorded about it. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void setArchived(long id, boolean archived) {
        Community existing = communities.find(id).orElseThrow(() -> new IllegalArgumentException("No community " + id));
        access.checkMayChange(existing.data().area());
        communities.setArchived(id, archived, LocalDateTime.now(clock));
    }

    /**
     * Deletes a community entered by mistake. A community with anything recorded about it (profiles,
     * returnee counts, service providers) is kept: archive it instead, so its history stays.
     *
     * @throws InvalidFieldException when the community has records; nothing is deleted then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void delete(long id) {
        Community existing = communities.find(id).orElseThrow(() -> new IllegalArgumentException("No community " + id));
        access.checkMayChange(existing.data().area());
        if (communities.hasRecords(id)) {
            throw new InvalidFieldException(
                    "community", "communities.error.has-records", "community " + id + " has records");
        }
        communities.delete(id);
    }

    /** A community, if the caller may see its area. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Community get(long id) {
        Community community =
                communities.find(id).orElseThrow(() -> new IllegalArgumentException("No community " + id));
        access.checkMaySee(community.data().area());
        return community;
    }

    /** One page of the communities the caller may see, matching the filter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Community> list(CommunityFilter filter, CommunitySort sort, int offset, int limit) {
        Set<PCode> areasToShow = access.visibleAreasWithin(filter.area());
        if (areasToShow != null && areasToShow.isEmpty()) {
            return List.of();
        }
        return communities.findPage(areasToShow, filter, sort, offset, Math.min(limit, 500));
    }

    /** The communities the caller may see that have a point, within an area (null: all), for the map. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CommunityPoint> mapPoints(PCode area) {
        Set<PCode> areasToShow = access.visibleAreasWithin(area);
        if (areasToShow != null && areasToShow.isEmpty()) {
            return List.of();
        }
        return communities.findPoints(areasToShow);
    }

    /**
     * The communities the caller may see that have a point and whose name contains the text (ignoring case
     * and accents), by name, at most {@code limit}: for place search on the map.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CommunityPoint> mapPointsNamed(String nameContains, int limit) {
        Set<PCode> areasToShow = access.visibleAreasWithin(null);
        if (areasToShow != null && areasToShow.isEmpty()) {
            return List.of();
        }
        return communities.findPointsNamed(areasToShow, nameContains, limit);
    }

    /** How many communities {@link #list} would show over all pages. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int count(CommunityFilter filter) {
        Set<PCode> areasToShow = access.visibleAreasWithin(filter.area());
        if (areasToShow != null && areasToShow.isEmpty()) {
            return 0;
        }
        return communities.count(areasToShow, filter);
    }

    private void checkArea(PCode area) {
        if (!hierarchy.contains(area)) {
            throw new InvalidFieldException("area", "communities.error.unknown-area", "unknown area " + area);
        }
        if (!access.mayChange(area)) {
            throw new AccessDeniedException("No right to change things in area " + area);
        }
    }

    private SavedCommunity saved(Community community) {
        CommunityData data = community.data();
        boolean outside = data.location() != null
                && areas.isInside(data.area(), data.location())
                        .map(inside -> !inside)
                        .orElse(false);
        return new SavedCommunity(community, outside);
    }
}
