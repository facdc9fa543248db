package org.reintegration.portal.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.security.ComplementarySuppression;
import org.reintegration.portal.security.SmallCounts;

/**
 * Figures per community and admin area, per quarter and cohort, from tallies, with every group of fewer than five
 * respondents suppressed for everyone, and no suppressed group recoverable by subtraction. Pure: no Spring, no
 * database.
 *
 * <p>Each quarter is one table for {@link ComplementarySuppression}: a cell per place and cohort holding its
 * number of respondents, and the sums that link them: everyone = women + men + sex not stated, everyone = the age
 * bands + age not stated, and an area = its communities + its sub-areas + answers naming only the area, cohort by
 * cohort. A group's means and shares are shown only where its count is shown and at least five, and a score's mean
 * only where at least five had that score; so a hidden group's scores cannot be worked out from a total and its
 * other parts any more than its count can.
 */
public final class FigureTable {

    private FigureTable() {}

    /**
     * The figures of every community and area the tallies reach (areas up to the top of the hierarchy).
     *
     * @param parentOf the parent of an admin area
     */
    public static List<Figure> of(List<Tally> tallies, Function<PCode, Optional<PCode>> parentOf) {
        Map<LocalDate, List<Tally>> byQuarter = new TreeMap<>();
        tallies.forEach(t ->
                byQuarter.computeIfAbsent(t.quarter(), q -> new ArrayList<>()).add(t));
        List<Figure> figures = new ArrayList<>();
        byQuarter.forEach((quarter, inQuarter) -> figures.addAll(quarter(quarter, inQuarter, parentOf)));
        return figures;
    }

    /** A place figures are kept for; {@code direct} ones (answers naming only an area) are never shown. */
    private record Unit(Long communityId, PCode area, boolean direct) {
        static Unit community(long id, PCode area) {
            return new Unit(id, area, false);
        }

        static Unit area(PCode area) {
            return new Unit(null, area, false);
        }

        static Unit directIn(PCode area) {
            return new Unit(null, area, true);
        }
    }

    private static final class Stats {
        int respondents;
        final Map<ScoreKind, Integer> scored = new EnumMap<>(ScoreKind.class);
        final Map<ScoreKind, Double> sums = new EnumMap<>(ScoreKind.class);
        final Map<ScoreKind, Integer> above = new EnumMap<>(ScoreKind.class);

        void add(Tally tally) {
            respondents += tally.respondents();
            tally.scored().forEach((k, v) -> scored.merge(k, v, Integer::sum));
            tally.sums().forEach((k, v) -> sums.merge(k, v, Double::sum));
            tally.atThreshold().forEach((k, v) -> above.merge(k, v, Integer::sum));
        }
    }

    private static List<Figure> quarter(
            LocalDate quarter, List<Tally> tallies, Function<PCode, Optional<PCode>> parentOf) {
        Map<Unit, Map<Cohort, Stats>> stats = new LinkedHashMap<>();
        Map<Unit, Set<Unit>> children = new LinkedHashMap<>();
        for (Tally tally : tallies) {
            Unit base = tally.communityId() != null
                    ? Unit.community(tally.communityId(), tally.area())
                    : Unit.directIn(tally.area());
            List<Unit> reached = new ArrayList<>();
            reached.add(base);
            Unit child = base;
            PCode area = tally.area();
            for (int depth = 0; area != null && depth < 16; depth++) {
                Unit unit = Unit.area(area);
                children.computeIfAbsent(unit, u -> new LinkedHashSet<>()).add(child);
                reached.add(unit);
                child = unit;
                area = parentOf.apply(area).orElse(null);
            }
            for (Unit unit : reached) {
                Map<Cohort, Stats> cohorts = stats.computeIfAbsent(unit, u -> newCohorts());
                cohorts.get(Cohort.ALL).add(tally);
                cohorts.get(Cohort.of(tally.sex())).add(tally);
                cohorts.get(Cohort.of(tally.ageBand())).add(tally);
            }
        }
        List<Unit> units = new ArrayList<>(stats.keySet());
        Map<Unit, Integer> first = new LinkedHashMap<>();
        int cohortCount = Cohort.values().length;
        int[] counts = new int[units.size() * cohortCount];
        for (int u = 0; u < units.size(); u++) {
            first.put(units.get(u), u * cohortCount);
            for (Cohort cohort : Cohort.values()) {
                counts[u * cohortCount + cohort.ordinal()] =
                        stats.get(units.get(u)).get(cohort).respondents;
            }
        }
        List<ComplementarySuppression.Sum> sums = new ArrayList<>();
        for (Unit unit : units) {
            int at = first.get(unit);
            sums.add(new ComplementarySuppression.Sum(
                    at, Cohort.BY_SEX.stream().map(c -> at + c.ordinal()).toList()));
            sums.add(new ComplementarySuppression.Sum(
                    at, Cohort.BY_AGE.stream().map(c -> at + c.ordinal()).toList()));
            Set<Unit> parts = children.get(unit);
            if (parts != null) {
                for (Cohort cohort : Cohort.values()) {
                    sums.add(new ComplementarySuppression.Sum(
                            at + cohort.ordinal(),
                            parts.stream()
                                    .map(p -> first.get(p) + cohort.ordinal())
                                    .toList()));
                }
            }
        }
        int[] shown = ComplementarySuppression.protect(counts, sums, Set.of());
        List<Figure> figures = new ArrayList<>();
        for (Unit unit : units) {
            if (unit.direct()) {
                continue;
            }
            for (Cohort cohort : Cohort.values()) {
                int respondents = shown[first.get(unit) + cohort.ordinal()];
                Stats group = stats.get(unit).get(cohort);
                Map<ScoreKind, Double> means = new EnumMap<>(ScoreKind.class);
                Map<ScoreKind, Double> shares = new EnumMap<>(ScoreKind.class);
                if (respondents >= SmallCounts.THRESHOLD) {
                    for (ScoreKind kind : ScoreKind.values()) {
                        int scored = group.scored.getOrDefault(kind, 0);
                        if (scored >= SmallCounts.THRESHOLD) {
                            means.put(kind, group.sums.getOrDefault(kind, 0.0) / scored);
                            shares.put(kind, group.above.getOrDefault(kind, 0) / (double) scored);
                        }
                    }
                }
                figures.add(new Figure(unit.communityId(), unit.area(), quarter, cohort, respondents, means, shares));
            }
        }
        return figures;
    }

    private static Map<Cohort, Stats> newCohorts() {
        Map<Cohort, Stats> cohorts = new EnumMap<>(Cohort.class);
        for (Cohort cohort : Cohort.values()) {
            cohorts.put(cohort, new Stats());
        }
        return cohorts;
    }
}
