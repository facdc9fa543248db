package org.reintegration.portal.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Complementary suppression: hides enough further cells of a table that no count hidden as "fewer
 * than five" can be worked out by arithmetic from a total and its visible parts. Pure: no Spring, no
 * database.
 *
 * <p>A table is a list of counts and the sums that link them ({@code total = part + part + …}); a cell
 * may be the total of one sum and a part of another (a region and its prefectures, a group and its
 * sexes). Every count from 1 to 4 becomes {@link SmallCounts#FEWER_THAN_FIVE}. Then, while some hidden
 * cell is still determined (the reader, knowing that a "&lt;5" lies between 1 and 4 and a withheld cell
 * is at least 0, can narrow it to a single value through the sums), one more cell of a sum holding it
 * is withheld ({@link SmallCounts#WITHHELD}): the smallest visible non-zero part, else the total. When
 * a sum has nothing left to withhold (its total is fixed, being published elsewhere, and its other
 * parts are zero), all its parts are withheld, zeros and "&lt;5" included, so that it tells nothing
 * beyond the total.
 *
 * <p>Zero is shown as 0: it singles out nobody, and a withheld zero would read like a hidden person.
 * That is why a zero is never chosen as the complement while a non-zero cell can be.
 */
public final class ComplementarySuppression {

    /** {@code total = sum of parts}, as indexes into the table's counts. */
    public record Sum(int total, List<Integer> parts) {
        public Sum {
            parts = List.copyOf(parts);
            if (parts.isEmpty() || parts.contains(total)) {
                throw new IllegalArgumentException("a sum needs parts other than its total");
            }
        }
    }

    private static final long UNBOUNDED = Long.MAX_VALUE / 4;

    private ComplementarySuppression() {}

    /**
     * The counts as a reader outside staff may see them: each one as it is, {@link
     * SmallCounts#FEWER_THAN_FIVE} or {@link SmallCounts#WITHHELD}.
     *
     * @param counts the real counts, none negative
     * @param sums how the counts add up; every sum must hold for the real counts
     * @param fixed cells shown as they are in any case (published elsewhere, such as a vote total)
     */
    public static int[] protect(int[] counts, Collection<Sum> sums, Set<Integer> fixed) {
        for (int count : counts) {
            if (count < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + count);
            }
        }
        for (Sum sum : sums) {
            if (counts[sum.total()]
                    != sum.parts().stream().mapToInt(p -> counts[p]).sum()) {
                throw new IllegalArgumentException("The parts do not add up to the total " + sum.total());
            }
        }
        int[] shown = counts.clone();
        for (int i = 0; i < counts.length; i++) {
            if (!fixed.contains(i) && counts[i] > 0 && counts[i] < SmallCounts.THRESHOLD) {
                shown[i] = SmallCounts.FEWER_THAN_FIVE;
            }
        }
        List<Sum> all = List.copyOf(sums);
        // Each round withholds at least one more cell, so this ends after at most 2 * counts.length rounds.
        while (true) {
            boolean[] determined = determined(shown, all);
            List<Sum> exposed = all.stream()
                    .filter(sum -> cells(sum).stream().anyMatch(i -> hidden(shown[i]) && determined[i]))
                    .toList();
            if (exposed.isEmpty() || !withholdOneMore(exposed, counts, shown, fixed)) {
                return shown;
            }
        }
    }

    /**
     * Withholds, among the sums that give a hidden cell away, the smallest visible non-zero part; else a
     * visible total; else every part of one such sum. False when nothing is left to withhold.
     */
    private static boolean withholdOneMore(List<Sum> exposed, int[] counts, int[] shown, Set<Integer> fixed) {
        int smallest = -1;
        for (Sum sum : exposed) {
            for (int part : sum.parts()) {
                boolean candidate = !fixed.contains(part) && !hidden(shown[part]) && counts[part] > 0;
                if (candidate && (smallest < 0 || counts[part] < counts[smallest])) {
                    smallest = part;
                }
            }
        }
        if (smallest < 0) {
            for (Sum sum : exposed) {
                int total = sum.total();
                if (!fixed.contains(total) && !hidden(shown[total]) && counts[total] > 0) {
                    smallest = total;
                    break;
                }
            }
        }
        if (smallest >= 0) {
            shown[smallest] = SmallCounts.WITHHELD;
            return true;
        }
        for (Sum sum : exposed) {
            boolean changed = false;
            for (int part : sum.parts()) {
                if (!fixed.contains(part) && shown[part] != SmallCounts.WITHHELD) {
                    shown[part] = SmallCounts.WITHHELD;
                    changed = true;
                }
            }
            if (changed) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which cells a reader can pin to one value: bounds from what is shown ("&lt;5" is 1 to 4, withheld
     * is 0 or more), tightened through every sum until nothing changes.
     */
    static boolean[] determined(int[] shown, List<Sum> sums) {
        long[] low = new long[shown.length];
        long[] high = new long[shown.length];
        for (int i = 0; i < shown.length; i++) {
            switch (shown[i]) {
                case SmallCounts.FEWER_THAN_FIVE -> {
                    low[i] = 1;
                    high[i] = SmallCounts.THRESHOLD - 1;
                }
                case SmallCounts.WITHHELD -> {
                    low[i] = 0;
                    high[i] = UNBOUNDED;
                }
                default -> {
                    low[i] = shown[i];
                    high[i] = shown[i];
                }
            }
        }
        boolean changed = true;
        for (int round = 0; changed && round < 10 * (shown.length + 1); round++) {
            changed = false;
            for (Sum sum : sums) {
                long partsLow = 0;
                long partsHigh = 0;
                for (int p : sum.parts()) {
                    partsLow += low[p];
                    partsHigh = Math.min(UNBOUNDED, partsHigh + high[p]);
                }
                int t = sum.total();
                changed |= tighten(low, high, t, partsLow, partsHigh);
                for (int p : sum.parts()) {
                    long othersLow = partsLow - low[p];
                    long othersHigh = partsHigh >= UNBOUNDED ? UNBOUNDED : partsHigh - high[p];
                    long from = othersHigh >= UNBOUNDED ? 0 : low[t] - othersHigh;
                    long to = high[t] >= UNBOUNDED ? UNBOUNDED : high[t] - othersLow;
                    changed |= tighten(low, high, p, from, to);
                }
            }
        }
        boolean[] determined = new boolean[shown.length];
        for (int i = 0; i < shown.length; i++) {
            determined[i] = low[i] == high[i];
        }
        return determined;
    }

    private static boolean tighten(long[] low, long[] high, int i, long from, long to) {
        boolean changed = false;
        if (from > low[i]) {
            low[i] = Math.min(from, high[i]);
            changed = true;
        }
        if (to < high[i]) {
            high[i] = Math.max(to, low[i]);
            changed = true;
        }
        return changed;
    }

    private static List<Integer> cells(Sum sum) {
        List<Integer> cells = new ArrayList<>(sum.parts());
        cells.add(sum.total());
        return cells;
    }

    private static boolean hidden(int shown) {
        return shown == SmallCounts.FEWER_THAN_FIVE || shown == SmallCounts.WITHHELD;
    }

    /** A convenience for one sum: the total first, then its parts. */
    public static int[] protect(int total, int... parts) {
        int[] counts = new int[parts.length + 1];
        counts[0] = total;
        System.arraycopy(parts, 0, counts, 1, parts.length);
        List<Integer> indexes = new ArrayList<>();
        for (int i = 1; i <= parts.length; i++) {
            indexes.add(i);
        }
        return protect(counts, List.of(new Sum(0, indexes)), Set.of());
    }
}
