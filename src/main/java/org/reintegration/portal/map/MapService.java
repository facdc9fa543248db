package org.reintegration.portal.map;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityPoint;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.geo.AreaOutlineVersion;
import org.reintegration.portal.geo.AreaShape;
import org.reintegration.portal.geo.GeoBounds;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectPoint;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.AreaAccess;
import org.reintegration.portal.security.AreaScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map's data: returnee concentration per admin area, communities by tension, projects, the places where
 * support is missing, and place search. Everything is limited to the reader's area scopes; counts below five are
 * hidden outside staff, after aggregation; confidential projects appear only at community level outside staff.
 */
@Service
public class MapService {

    /** Legend classes of the choropleth. */
    public static final int CLASSES = 5;

    private final ReturneeFigures figures;
    private final PlaceSearch places;
    private final AdminAreaService areas;
    private final CommunityService communities;
    private final ProjectService projects;
    private final AreaAccess access;
    /**
     * Simplified outlines by P-code and tolerance, kept with when the outline they were made from was stored:
     * a zoom step reads only those times, and an outline only when it was stored again since (here or on
     * another node).
     */
    private final Map<String, Simplified> simplified = new ConcurrentHashMap<>();

    private record Simplified(LocalDateTime storedAt, String geometry) {}

    MapService(
            ReturneeFigures figures,
            PlaceSearch places,
            AdminAreaService areas,
            CommunityService communities,
            ProjectService projects,
            AreaAccess access) {
        this.figures = figures;
        this.places = places;
        this.areas = areas;
        this.communities = communities;
        this.projects = projects;
        this.access = access;
    }

    /**
     * Returnees per area of a level in a period, with legend classes.
     *
     * <p>An area's figure is its own count for the period; without one, the sum of its sub-areas' figures. Its
     * population is its own figure, else the sum of its sub-areas' when every one has a figure. Outside staff a
     * figure from 1 to 4 is hidden and the area is drawn as "fewer than 5" ({@link ReturneeFigures}).
     *
     * @param periodEnd the period's reporting date; null or unknown for the latest
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Choropleth choropleth(int level, LocalDate periodEnd, Measure measure, Classification classification) {
        return figures.choropleth(level, periodEnd, measure, classification);
    }

    /**
     * Outlines of a level's areas the reader may see, simplified for a zoom level (see
     * {@link GeometrySimplifier#toleranceForZoom}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AreaShape> shapes(int level, int zoom) {
        double tolerance = GeometrySimplifier.toleranceForZoom(zoom);
        List<AreaOutlineVersion> versions = areas.outlineVersionsForMap(level);
        // only the outlines without a current simplified copy are read (all of them when nothing is simplified)
        List<PCode> missing = versions.stream()
                .filter(v -> tolerance <= 0 || !current(v, tolerance))
                .map(v -> v.area().pcode())
                .toList();
        Map<PCode, String> read = areas.outlines(missing);
        List<AreaShape> shapes = new ArrayList<>(versions.size());
        for (AreaOutlineVersion version : versions) {
            PCode pcode = version.area().pcode();
            String geometry;
            if (tolerance <= 0) {
                geometry = read.get(pcode);
            } else if (read.containsKey(pcode)) {
                geometry = GeometrySimplifier.simplify(read.get(pcode), tolerance);
                simplified.put(key(pcode, tolerance), new Simplified(version.storedAt(), geometry));
            } else {
                Simplified cached = simplified.get(key(pcode, tolerance));
                geometry = cached == null ? null : cached.geometry();
            }
            if (geometry != null) {
                shapes.add(new AreaShape(version.area(), geometry));
            }
        }
        return shapes;
    }

    /** The simplification tolerance, in degrees, that {@link #shapes} applies at a zoom level. */
    public static double toleranceForZoom(int zoom) {
        return GeometrySimplifier.toleranceForZoom(zoom);
    }

    /** The communities with a point that the reader may see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CommunityPoint> communities() {
        return communities.mapPoints(null);
    }

    /** The projects the reader may see that match the filter (see {@link ProjectService#mapPoints}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectPoint> projects(ProjectFilter filter) {
        return projects.mapPoints(filter);
    }

    /**
     * The communities where support is missing: tension and returnee share at or above the thresholds, and no
     * planned or ongoing project.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CommunityPoint> gaps(GapThresholds thresholds) {
        return gaps(thresholds, communities.mapPoints(null));
    }

    /**
     * The gaps ({@link #gaps(GapThresholds)}) among communities already read with {@link #communities()}, so that
     * a map showing both layers reads the communities once.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CommunityPoint> gaps(GapThresholds thresholds, List<CommunityPoint> communities) {
        Set<Long> supported = projects.communitiesWithActiveSupport();
        return communities.stream()
                .filter(c -> c.tension() != null && c.tension().compareTo(thresholds.minTension()) >= 0)
                .filter(c -> c.returneeShare() != null && c.returneeShare() >= thresholds.minReturneeShare())
                .filter(c -> !supported.contains(c.id()))
                .toList();
    }

    /**
     * Admin areas (by any of their names) and communities whose name contains the text, ignoring case and
     * accents; areas first, then by name ({@link PlaceSearch}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Place> search(String text, Locale locale, int limit) {
        return places.search(text, locale, limit);
    }

    /** The extent of the reader's area scopes, or empty for readers who see everything. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<GeoBounds> scopeBounds() {
        AreaScope scope = access.visibleScope();
        if (scope.everywhere()) {
            return Optional.empty();
        }
        return scope.roots().stream()
                .map(areas::getArea)
                .map(AdminArea::bounds)
                .filter(Objects::nonNull)
                .reduce(GeoBounds::union);
    }

    /** Whether the simplified copy of the area's outline at this tolerance was made from the stored one. */
    private boolean current(AreaOutlineVersion version, double tolerance) {
        Simplified cached = simplified.get(key(version.area().pcode(), tolerance));
        return cached != null && cached.storedAt().equals(version.storedAt());
    }

    private static String key(PCode pcode, double tolerance) {
        return pcode.value() + "@" + tolerance;
    }
}
