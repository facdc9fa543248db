package org.reintegration.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.security.SmallCounts.FEWER_THAN_FIVE;
import static org.reintegration.portal.security.SmallCounts.WITHHELD;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.reintegration.portal.security.ComplementarySuppression.Sum;

/** A reader who tries to work out hidden counts from the totals and parts a page or file shows. */
public final class SubtractionAttack {

    private SubtractionAttack() {}

    /**
     * Every hidden cell the reader can pin to one value. Each cell starts with the values the page
     * allows (a shown number; 1 to 4 for "<5"; 0 up to far beyond every total for a withheld cell);
     * then, sum by sum, a value is dropped when no choice of the other cells' values makes the sum
     * hold, until nothing more drops. This is written apart from the code under test, on sets of
     * values rather than bounds.
     */
    public static List<Integer> recovered(int[] counts, List<Sum> sums, int[] shown) {
        int cap = 2 * IntStream.of(counts).sum() + 10;
        List<BitSet> domains = new ArrayList<>();
        for (int value : shown) {
            BitSet d = new BitSet();
            if (value == FEWER_THAN_FIVE) {
                d.set(1, 5);
            } else if (value == WITHHELD) {
                d.set(0, cap + 1);
            } else {
                d.set(value);
            }
            domains.add(d);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                for (int part : sum.parts()) {
                    BitSet others = reachable(
                            sum.parts().stream()
                                    .filter(p -> p != part)
                                    .map(domains::get)
                                    .toList(),
                            cap);
                    BitSet keep = new BitSet();
                    BitSet total = domains.get(sum.total());
                    for (int v = domains.get(part).nextSetBit(0);
                            v >= 0;
                            v = domains.get(part).nextSetBit(v + 1)) {
                        for (int t = total.nextSetBit(v); t >= 0; t = total.nextSetBit(t + 1)) {
                            if (others.get(t - v)) {
                                keep.set(v);
                                break;
                            }
                        }
                    }
                    changed |= narrow(domains.get(part), keep);
                }
                BitSet totals = reachable(sum.parts().stream().map(domains::get).toList(), cap);
                changed |= narrow(domains.get(sum.total()), totals);
            }
        }
        List<Integer> recovered = new ArrayList<>();
        for (int i = 0; i < shown.length; i++) {
            assertThat(domains.get(i).get(counts[i]))
                    .as("the truth stays possible")
                    .isTrue();
            if (shown[i] < 0 && domains.get(i).cardinality() == 1) {
                recovered.add(i);
            }
        }
        return recovered;
    }

    private static BitSet reachable(List<BitSet> parts, int cap) {
        BitSet sums = new BitSet();
        sums.set(0);
        for (BitSet part : parts) {
            BitSet next = new BitSet();
            for (int s = sums.nextSetBit(0); s >= 0; s = sums.nextSetBit(s + 1)) {
                for (int v = part.nextSetBit(0); v >= 0 && s + v <= 2 * cap; v = part.nextSetBit(v + 1)) {
                    next.set(s + v);
                }
            }
            sums = next;
        }
        return sums;
    }

    private static boolean narrow(BitSet domain, BitSet allowed) {
        int before = domain.cardinality();
        domain.and(allowed);
        return domain.cardinality() != before;
    }

    /** The cells recovered from one total and its parts, shown as the reader sees them. */
    public static List<Integer> recovered(int total, int shownTotal, List<Integer> parts, List<Integer> shownParts) {
        int[] counts = new int[parts.size() + 1];
        int[] shown = new int[parts.size() + 1];
        counts[0] = total;
        shown[0] = shownTotal;
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            counts[i + 1] = parts.get(i);
            shown[i + 1] = shownParts.get(i);
            indexes.add(i + 1);
        }
        return recovered(counts, List.of(new Sum(0, indexes)), shown);
    }
}
