package org.reintegration.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.security.SmallCounts.FEWER_THAN_FIVE;
import static org.reintegration.portal.security.SmallCounts.WITHHELD;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.security.ComplementarySuppression.Sum;

class ComplementarySuppressionTest {

    @Test
    void a_single_small_part_takes_the_smallest_other_part_with_it() {
        // Ballots counted 7: online 6, paper 1. Showing 6 would give paper away as 7 - 6.
        assertThat(ComplementarySuppression.protect(7, 6, 1)).containsExactly(7, WITHHELD, FEWER_THAN_FIVE);
        assertThat(ComplementarySuppression.protect(30, 6, 1, 23)).containsExactly(30, WITHHELD, FEWER_THAN_FIVE, 23);
    }

    @Test
    void figures_from_five_up_are_shown_as_they_are_when_nothing_is_hidden() {
        assertThat(ComplementarySuppression.protect(181, 100, 81)).containsExactly(181, 100, 81);
        assertThat(ComplementarySuppression.protect(10, 5, 5, 0)).containsExactly(10, 5, 5, 0);
    }

    @Test
    void zero_stays_visible_and_a_small_total_of_one_small_part_reads_fewer_than_five_twice() {
        assertThat(ComplementarySuppression.protect(3, 3, 0)).containsExactly(FEWER_THAN_FIVE, FEWER_THAN_FIVE, 0);
    }

    @Test
    void two_small_parts_pinned_by_their_total_take_the_total_with_them() {
        // 8 = 4 + 4 would pin both "<5" to 4.
        assertThat(ComplementarySuppression.protect(8, 4, 4))
                .containsExactly(WITHHELD, FEWER_THAN_FIVE, FEWER_THAN_FIVE);
        int[] shown = ComplementarySuppression.protect(2, 1, 1);
        assertThat(SubtractionAttack.recovered(new int[] {2, 1, 1}, List.of(new Sum(0, List.of(1, 2))), shown))
                .isEmpty();
    }

    @Test
    void a_fixed_total_with_a_single_non_zero_part_withholds_the_whole_breakdown() {
        int[] shown =
                ComplementarySuppression.protect(new int[] {3, 3, 0}, List.of(new Sum(0, List.of(1, 2))), Set.of(0));
        assertThat(shown).containsExactly(3, WITHHELD, WITHHELD);
    }

    @Test
    void no_hidden_cell_of_many_random_tables_can_be_recovered() {
        Random random = new Random(20261201);
        int tables = 0;
        for (int n = 0; n < 3000; n++) {
            Table table =
                    switch (n % 4) {
                        case 0 -> oneSum(random);
                        case 1 -> sharedTotal(random);
                        case 2 -> regionOfPrefectures(random);
                        default -> groupsBySexAndAge(random);
                    };
            // A total published elsewhere (a vote total) is fixed; with a single part that part is the
            // total itself and nothing can protect it, so only totals of two parts or more are fixed.
            boolean flat = table.sums().stream()
                    .allMatch(sum -> sum.total() == 0 && sum.parts().size() >= 2);
            Set<Integer> fixed = n % 7 == 0 && flat ? Set.of(0) : Set.of();
            int[] shown = ComplementarySuppression.protect(table.counts(), table.sums(), fixed);
            for (int i = 0; i < shown.length; i++) {
                int real = table.counts()[i];
                if (shown[i] >= 0) {
                    assertThat(shown[i]).as("a shown cell is true").isEqualTo(real);
                    assertThat(real > 0 && real < 5 && !fixed.contains(i))
                            .as("1 to 4 never shown")
                            .isFalse();
                } else if (shown[i] == FEWER_THAN_FIVE) {
                    assertThat(real).as("<5 is true").isBetween(1, 4);
                }
            }
            assertThat(SubtractionAttack.recovered(table.counts(), table.sums(), shown))
                    .as("cells recovered from %s shown as %s", table, java.util.Arrays.toString(shown))
                    .isEmpty();
            tables++;
        }
        assertThat(tables).isEqualTo(3000);
    }

    @Test
    void the_attacker_does_recover_a_cell_left_alone_by_small_count_suppression() {
        // The attack works: with only "<5" (no complement), 7 - 6 gives the hidden 1 away.
        int[] counts = {7, 6, 1};
        int[] primaryOnly = {7, 6, FEWER_THAN_FIVE};
        assertThat(SubtractionAttack.recovered(counts, List.of(new Sum(0, List.of(1, 2))), primaryOnly))
                .containsExactly(2);
    }

    // ---- random tables shaped like the portal's ---------------------------------------------------

    record Table(int[] counts, List<Sum> sums) {
        @Override
        public String toString() {
            return java.util.Arrays.toString(counts) + " " + sums;
        }
    }

    private static int count(Random random) {
        int kind = random.nextInt(10);
        return kind < 3 ? 0 : kind < 6 ? 1 + random.nextInt(4) : 5 + random.nextInt(20);
    }

    /** A total and 1 to 5 parts, like ballots by channel. */
    private static Table oneSum(Random random) {
        int n = 1 + random.nextInt(5);
        int[] counts = new int[n + 1];
        List<Integer> parts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            counts[i] = count(random);
            counts[0] += counts[i];
            parts.add(i);
        }
        return new Table(counts, List.of(new Sum(0, parts)));
    }

    /** One total split several ways (by channel, by group, by sex), like a round's participation. */
    private static Table sharedTotal(Random random) {
        int voters = random.nextInt(25);
        List<Integer> counts = new ArrayList<>(List.of(voters));
        List<Sum> sums = new ArrayList<>();
        for (int split = 0; split < 3; split++) {
            int ways = 2 + random.nextInt(3);
            int[] parts = new int[ways];
            for (int v = 0; v < voters; v++) {
                parts[random.nextInt(ways)]++;
            }
            List<Integer> indexes = new ArrayList<>();
            for (int part : parts) {
                indexes.add(counts.size());
                counts.add(part);
            }
            sums.add(new Sum(0, indexes));
        }
        return new Table(counts.stream().mapToInt(Integer::intValue).toArray(), sums);
    }

    /** A region adding up its prefectures, each adding up its communities. */
    private static Table regionOfPrefectures(Random random) {
        List<Integer> counts = new ArrayList<>(List.of(0));
        List<Sum> sums = new ArrayList<>();
        List<Integer> prefectures = new ArrayList<>();
        int prefectureCount = 1 + random.nextInt(4);
        for (int p = 0; p < prefectureCount; p++) {
            int prefecture = counts.size();
            counts.add(0);
            prefectures.add(prefecture);
            List<Integer> communities = new ArrayList<>();
            for (int c = 0; c < 1 + random.nextInt(3); c++) {
                int value = count(random);
                communities.add(counts.size());
                counts.add(value);
                counts.set(prefecture, counts.get(prefecture) + value);
            }
            counts.set(0, counts.get(0) + counts.get(prefecture));
            sums.add(new Sum(prefecture, communities));
        }
        sums.add(new Sum(0, prefectures));
        return new Table(counts.stream().mapToInt(Integer::intValue).toArray(), sums);
    }

    /** Groups by sex by age band, with group totals, group-and-sex totals and a grand total. */
    private static Table groupsBySexAndAge(Random random) {
        List<Integer> counts = new ArrayList<>(List.of(0));
        List<Sum> sums = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (int g = 0; g < 1 + random.nextInt(2); g++) {
            int group = counts.size();
            counts.add(0);
            groups.add(group);
            List<Integer> sexes = new ArrayList<>();
            List<Integer> cells = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                int sex = counts.size();
                counts.add(0);
                sexes.add(sex);
                List<Integer> bands = new ArrayList<>();
                for (int b = 0; b < 2; b++) {
                    int value = count(random);
                    bands.add(counts.size());
                    counts.add(value);
                    counts.set(sex, counts.get(sex) + value);
                }
                cells.addAll(bands);
                sums.add(new Sum(sex, bands));
                counts.set(group, counts.get(group) + counts.get(sex));
            }
            sums.add(new Sum(group, sexes));
            sums.add(new Sum(group, cells));
            counts.set(0, counts.get(0) + counts.get(group));
        }
        sums.add(new Sum(0, groups));
        return new Table(counts.stream().mapToInt(Integer::intValue).toArray(), sums);
    }
}
