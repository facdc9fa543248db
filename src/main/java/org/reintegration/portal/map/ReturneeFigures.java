package org.reintegration.portal.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.map.repository.MapRepository;
import org.reintegration.portal.returnees.AreaPopulationService;
import org.reintegration.portal.security.ComplementarySuppression;
import org.reintegration.portal.security.SmallCounts;
import org.springframework.stereotype.Component;

/**
 * The choropleth's figures: returnees per area in a period, added up over the levels, with the small counts and
 * their complements withheld outside staff, and the legend classes. {@link MapService#choropleth} gives it to
 * readers, within its transaction and rights check.
 */
@Component
class ReturneeFigures {

    /** Legend classes of the choropleth. */
    static final int CLASSES = MapService.CLASSES;
    /** Deepest admin level counts are summed from. */
    private static final int DEEPEST_LEVEL = 3;

    private final MapRepository repository;
    private final AdminAreaService areas;
    private final AreaPopulationService populations;
    private final SmallCounts smallCounts;

    ReturneeFigures(
            MapRepository repository,
            AdminAreaService areas,
            AreaPopulationService populations,
            SmallCounts smallCounts) {
        this.repository = repository;
        this.areas = areas;
        this.populations = populations;
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
    Choropleth choropleth(int level, LocalDate periodEnd, Measure measure, Classification classification) {
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
