package org.reintegration.portal.map;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
import org.reintegration.portal.map.repository.MapRepository;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectPoint;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.returnees.AreaPopulationService;
import org.reintegration.portal.security.AreaAccess;
import org.reintegration.portal.security.AreaScope;
import org.reintegration.portal.security.ComplementarySuppression;
import org.reintegration.portal.security.SmallCounts;
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
    /** Deepest admin level counts are summed from. */
    private static final int DEEPEST_LEVEL = 3;

    private final MapRepository repository;
    private final AdminAreaService areas;
    private final AreaPopulationService populations;
    private final CommunityService communities;
    private final ProjectService projects;
    private final AreaAccess access;
    private final SmallCounts smallCounts;
    /**
     * Simplified outlines by P-code and tolerance, kept with when the outline they were made from was stored:
     * a zoom step reads only those times, and an outline only when it was stored again since (here or on
     * another node).
     */
    private final Map<String, Simplified> simplified = new ConcurrentHashMap<>();

    private record Simplified(LocalDateTime storedAt, String geometry) {}

    MapService(
            MapRepository repository,
            AdminAreaService areas,
            AreaPopulationService populations,
            CommunityService communities,
            ProjectService projects,
            AreaAccess access,
            SmallCounts smallCounts) {
        this.repository = repository;
        this.areas = areas;
        this.populations = populations;
        this.communities = communities;
        this.projects = projects;
        this.access = access;
        this.smallCounts = smallCounts;
    }

    /**
     * Returnees per area of a level in a period, with legend classes.
     *
     * <p>An area's figure is its own count for the period; without one, the sum of its sub-areas' figures. Its
     * population is its own figure, else the sum of its sub-areas' when every one has a figure. Outside staff a
     * figure from 1 to 4 is hidden and the area is drawn as "fewer than 5".
     *
     * @param periodEnd the period's reporting date; null or unknown for the latest
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Choropleth choropleth(int level, LocalDate periodEnd, Measure measure, Classification classification) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(classification, "classification");
        List<Period> periods = repository.periods().stream()
                .map(p -> new Period(p.end(), p.label()))
                .toList();
        List<AdminArea> shown = areas.listAreas(level);
        if (periods.isEmpty()) {
            List<AreaValue> empty = shown.stream()
                    .map(a -> new AreaValue(a.pcode(), null, false, false, null, null, -1))
                    .toList();
            return new Choropleth(level, measure, classification, null, periods, 0, List.of(), empty);
        }
        Period period = periods.stream()
                .filter(p -> p.end().equals(periodEnd))
                .findFirst()
                .orElse(periods.getFirst());
        Map<PCode, List<PCode>> children = childrenBelow(level);
        // Counts are added up over every level, so that one protected table serves every layer alike.
        Totals counts = new Totals(repository.countsAt(period.end()), childrenBelow(0), false);
        Totals inhabitants = new Totals(populations.populationsAt(period.end()), children, true);

        Map<PCode, Integer> hiddenAs = smallCounts.mustSuppress() ? protectedFigures(counts) : Map.of();
        List<PCode> order = new ArrayList<>();
        Map<PCode, Long> returnees = new HashMap<>();
        Map<PCode, Double> values = new HashMap<>();
        for (AdminArea area : shown) {
            PCode pcode = area.pcode();
            order.add(pcode);
            Long total = counts.of(pcode);
            if (total == null || hiddenAs.containsKey(pcode)) {
                continue;
            }
            returnees.put(pcode, total);
            Long population = inhabitants.of(pcode);
            if (measure == Measure.ABSOLUTE) {
                values.put(pcode, total.doubleValue());
            } else if (population != null) {
                values.put(pcode, total * 1000.0 / population);
            }
        }
        double[] drawn =
                values.values().stream().mapToDouble(Double::doubleValue).toArray();
        List<Double> breaks = ClassBreaks.of(classification, drawn, CLASSES);
        double minimum = Arrays.stream(drawn).min().orElse(0);
        List<AreaValue> result = new ArrayList<>(order.size());
        for (PCode pcode : order) {
            Double value = values.get(pcode);
            result.add(new AreaValue(
                    pcode,
                    returnees.get(pcode),
                    hiddenAs.get(pcode) != null && hiddenAs.get(pcode) == SmallCounts.FEWER_THAN_FIVE,
                    hiddenAs.get(pcode) != null && hiddenAs.get(pcode) == SmallCounts.WITHHELD,
                    inhabitants.of(pcode),
                    value,
                    value == null ? -1 : ClassBreaks.classOf(value, breaks)));
        }
        return new Choropleth(level, measure, classification, period, periods, minimum, breaks, result);
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
        Set<Long> supported = projects.communitiesWithActiveSupport();
        return communities.mapPoints(null).stream()
                .filter(c -> c.tension() != null && c.tension().compareTo(thresholds.minTension()) >= 0)
                .filter(c -> c.returneeShare() != null && c.returneeShare() >= thresholds.minReturneeShare())
                .filter(c -> !supported.contains(c.id()))
                .toList();
    }

    /**
     * Admin areas (by any of their names) and communities whose name contains the text, ignoring case and
     * accents; areas first, then by name.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Place> search(String text, Locale locale, int limit) {
        String wanted = fold(text);
        if (wanted.length() < 2 || limit <= 0) {
            return List.of();
        }
        // the database finds the names (its collation ignores case and accents); Java only picks which of an
        // area's names to show
        String asked = text.strip();
        List<AdminArea> matchingAreas = areas.findNamed(asked, DEEPEST_LEVEL);
        List<CommunityPoint> matchingCommunities = communities.mapPointsNamed(asked, limit);
        Set<PCode> around = new HashSet<>();
        matchingAreas.stream().map(AdminArea::parent).filter(Objects::nonNull).forEach(around::add);
        matchingCommunities.forEach(c -> around.add(c.area()));
        Map<PCode, AdminArea> known = areas.findAll(around);
        List<Place> found = new ArrayList<>();
        matchingAreas.stream()
                .sorted(Comparator.comparing((AdminArea a) -> a.level()).thenComparing(a -> a.nameIn(locale)))
                .forEach(area -> found.add(new Place(
                        Place.Kind.AREA,
                        area.pcode().value(),
                        matchingName(area, wanted, locale).orElse(area.nameIn(locale)),
                        context(area.parent(), known, locale),
                        area.bounds())));
        matchingCommunities.forEach(c -> found.add(new Place(
                Place.Kind.COMMUNITY,
                String.valueOf(c.id()),
                c.name(),
                context(c.area(), known, locale),
                new GeoBounds(
                        c.location().lat(),
                        c.location().lon(),
                        c.location().lat(),
                        c.location().lon()))));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
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

    /**
     * The areas whose figure the reader may not see, each as {@link SmallCounts#FEWER_THAN_FIVE} or {@link
     * SmallCounts#WITHHELD}. Every area of every level with a figure is one cell; an area without a count of its
     * own is the sum of its sub-areas', so the table is protected as a whole ({@link ComplementarySuppression}):
     * a region and its prefectures, in whichever layers they are read, never give a hidden figure away.
     */
    private Map<PCode, Integer> protectedFigures(Totals counts) {
        Map<PCode, List<PCode>> children = childrenBelow(0);
        List<PCode> cells = new ArrayList<>();
        Map<PCode, Integer> index = new HashMap<>();
        for (int level = 0; level <= DEEPEST_LEVEL; level++) {
            for (AdminArea area : areas.listAreas(level)) {
                Long figure = counts.of(area.pcode());
                if (figure != null && !index.containsKey(area.pcode())) {
                    index.put(area.pcode(), cells.size());
                    cells.add(area.pcode());
                }
            }
        }
        List<ComplementarySuppression.Sum> sums = new ArrayList<>();
        for (PCode area : cells) {
            if (!counts.ownFigure(area)) {
                List<Integer> parts = children.getOrDefault(area, List.of()).stream()
                        .filter(index::containsKey)
                        .map(index::get)
                        .toList();
                if (!parts.isEmpty()) {
                    sums.add(new ComplementarySuppression.Sum(index.get(area), parts));
                }
            }
        }
        int[] figures = cells.stream()
                .mapToInt(area -> Math.toIntExact(counts.of(area)))
                .toArray();
        int[] shownFigures = ComplementarySuppression.protect(figures, sums, Set.of());
        Map<PCode, Integer> hiddenAs = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            if (SmallCounts.hidden(shownFigures[i])) {
                hiddenAs.put(cells.get(i), shownFigures[i]);
            }
        }
        return hiddenAs;
    }

    /** The visible areas below a level, by parent. */
    private Map<PCode, List<PCode>> childrenBelow(int level) {
        Map<PCode, List<PCode>> children = new HashMap<>();
        for (int deeper = level + 1; deeper <= DEEPEST_LEVEL; deeper++) {
            for (AdminArea area : areas.listAreas(deeper)) {
                if (area.parent() != null) {
                    children.computeIfAbsent(area.parent(), p -> new ArrayList<>())
                            .add(area.pcode());
                }
            }
        }
        return children;
    }

    private static Optional<String> matchingName(AdminArea area, String wanted, Locale locale) {
        String shown = area.nameIn(locale);
        if (fold(shown).contains(wanted)) {
            return Optional.of(shown);
        }
        if (fold(area.name()).contains(wanted)) {
            return Optional.of(area.name());
        }
        return area.otherNames().values().stream()
                .filter(name -> fold(name).contains(wanted))
                .findFirst();
    }

    private static String context(PCode area, Map<PCode, AdminArea> known, Locale locale) {
        if (area == null) {
            return "";
        }
        AdminArea found = known.get(area);
        return found == null ? area.value() : area.value() + " " + found.nameIn(locale);
    }

    /** Lower case without accents, so that "kerouane" finds "Kérouané". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Figures per area, each area's own or else summed from its sub-areas.
     *
     * @param complete whether an area's sum needs a figure for every sub-area (populations) or for any
     *                 (counts, which are summed over what was counted)
     */
    private static final class Totals {
        private final Map<PCode, ? extends Number> own;
        private final Map<PCode, List<PCode>> children;
        private final boolean complete;
        private final Map<PCode, Long> memo = new HashMap<>();

        Totals(Map<PCode, ? extends Number> own, Map<PCode, List<PCode>> children, boolean complete) {
            this.own = own == null ? Map.of() : own;
            this.children = children;
            this.complete = complete;
        }

        /** Whether the area has a figure of its own rather than one added up from its sub-areas. */
        boolean ownFigure(PCode area) {
            return own.get(area) != null;
        }

        Long of(PCode area) {
            if (memo.containsKey(area)) {
                return memo.get(area);
            }
            Number figure = own.get(area);
            Long total = figure == null ? null : figure.longValue();
            if (total == null) {
                for (PCode child : children.getOrDefault(area, List.of())) {
                    Long part = of(child);
                    if (part == null && complete) {
                        total = null;
                        break;
                    }
                    if (part != null) {
                        total = (total == null ? 0 : total) + part;
                    }
                }
            }
            memo.put(area, total);
            return total;
        }
    }
}
