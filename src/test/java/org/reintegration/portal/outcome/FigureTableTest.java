package org.reintegration.portal.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.profile.AgeBand;
import org.reintegration.portal.community.profile.Sex;
import org.reintegration.portal.security.SmallCounts;

class FigureTableTest {

    static final PCode REGION = PCode.of("GN004");
    static final PCode PREFECTURE = PCode.of("GN004001");
    static final LocalDate Q = LocalDate.of(2026, 4, 1);

    static Optional<PCode> parent(PCode area) {
        return area.equals(PREFECTURE) ? Optional.of(REGION) : Optional.empty();
    }

    /** {@code n} respondents each with the given composite (and every other) score. */
    static Tally tally(Long community, Sex sex, AgeBand band, int n, double score, double threshold) {
        Map<ScoreKind, Integer> scored = new EnumMap<>(ScoreKind.class);
        Map<ScoreKind, Double> sums = new EnumMap<>(ScoreKind.class);
        Map<ScoreKind, Integer> above = new EnumMap<>(ScoreKind.class);
        for (ScoreKind kind : ScoreKind.values()) {
            scored.put(kind, n);
            sums.put(kind, n * score);
            above.put(kind, score >= threshold ? n : 0);
        }
        return new Tally(community, PREFECTURE, Q, sex, band, n, scored, sums, above);
    }

    static Figure find(List<Figure> figures, Long community, PCode area, Cohort cohort) {
        return figures.stream()
                .filter(f -> java.util.Objects.equals(f.communityId(), community)
                        && f.area().equals(area)
                        && f.cohort() == cohort)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void means_counts_and_shares_of_a_group_of_five_or_more_are_shown() {
        List<Tally> tallies = List.of(
                tally(1L, Sex.FEMALE, AgeBand.FROM_18_TO_35, 6, 0.8, 0.5),
                tally(1L, Sex.MALE, AgeBand.FROM_18_TO_35, 6, 0.2, 0.5));

        Figure all = find(FigureTable.of(tallies, FigureTableTest::parent), 1L, PREFECTURE, Cohort.ALL);

        assertThat(all.respondents()).isEqualTo(12);
        assertThat(all.mean(ScoreKind.COMPOSITE)).isCloseTo(0.5, within(1e-9));
        assertThat(all.share(ScoreKind.COMPOSITE)).isCloseTo(0.5, within(1e-9));
        Figure women = find(FigureTable.of(tallies, FigureTableTest::parent), 1L, PREFECTURE, Cohort.FEMALE);
        assertThat(women.mean(ScoreKind.ECONOMIC)).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void a_group_of_fewer_than_five_shows_neither_its_count_nor_its_scores() {
        List<Tally> tallies = List.of(tally(1L, Sex.FEMALE, null, 3, 0.9, 0.5));

        Figure all = find(FigureTable.of(tallies, FigureTableTest::parent), 1L, PREFECTURE, Cohort.ALL);

        assertThat(all.respondents()).isEqualTo(SmallCounts.FEWER_THAN_FIVE);
        assertThat(all.means()).isEmpty();
        assertThat(all.shares()).isEmpty();
    }

    @Test
    void the_scores_of_a_small_group_cannot_be_worked_out_from_the_total_and_the_other_group() {
        // 9 women scoring 0.6 and 3 men scoring 0.1: with the total (12, mean 0.475) and the women shown, the
        // men's mean would be (12 * 0.475 - 9 * 0.6) / 3 = 0.1.
        List<Tally> tallies = List.of(tally(1L, Sex.FEMALE, null, 9, 0.6, 0.5), tally(1L, Sex.MALE, null, 3, 0.1, 0.5));

        List<Figure> figures = FigureTable.of(tallies, FigureTableTest::parent);
        Figure all = find(figures, 1L, PREFECTURE, Cohort.ALL);
        Figure women = find(figures, 1L, PREFECTURE, Cohort.FEMALE);
        Figure men = find(figures, 1L, PREFECTURE, Cohort.MALE);

        assertThat(men.suppressed()).isTrue();
        assertThat(men.means()).isEmpty();
        assertThat(women.suppressed() || all.suppressed())
                .as("the women or the total are withheld too")
                .isTrue();
        assertThat(women.suppressed() ? women.means() : all.means()).isEmpty();
    }

    @Test
    void a_small_community_cannot_be_worked_out_from_its_area_and_the_other_communities() {
        // community 1: 12 answers; community 2: 3 answers; the prefecture and region add up both
        List<Tally> tallies = List.of(
                tally(1L, Sex.FEMALE, AgeBand.FROM_18_TO_35, 6, 0.7, 0.5),
                tally(1L, Sex.MALE, AgeBand.FROM_18_TO_35, 6, 0.7, 0.5),
                tally(2L, Sex.FEMALE, AgeBand.FROM_18_TO_35, 3, 0.1, 0.5));

        List<Figure> figures = FigureTable.of(tallies, FigureTableTest::parent);
        Figure small = find(figures, 2L, PREFECTURE, Cohort.ALL);
        Figure big = find(figures, 1L, PREFECTURE, Cohort.ALL);
        Figure prefecture = find(figures, null, PREFECTURE, Cohort.ALL);
        Figure region = find(figures, null, REGION, Cohort.ALL);

        assertThat(small.suppressed()).isTrue();
        // whatever is shown, the small community's count and mean cannot be recovered by subtraction
        boolean bigShown = !big.suppressed();
        boolean areaShown = !prefecture.suppressed() || !region.suppressed();
        assertThat(bigShown && areaShown).isFalse();
    }

    @Test
    void a_score_fewer_than_five_people_had_is_not_shown_even_in_a_larger_group() {
        Tally partly = tally(1L, null, null, 8, 0.5, 0.5);
        Map<ScoreKind, Integer> scored = new EnumMap<>(partly.scored());
        scored.put(ScoreKind.SOCIAL, 3);
        Tally tally = new Tally(1L, PREFECTURE, Q, null, null, 8, scored, partly.sums(), partly.atThreshold());

        Figure all = find(FigureTable.of(List.of(tally), FigureTableTest::parent), 1L, PREFECTURE, Cohort.ALL);

        assertThat(all.respondents()).isEqualTo(8);
        assertThat(all.mean(ScoreKind.ECONOMIC)).isNotNull();
        assertThat(all.mean(ScoreKind.SOCIAL)).isNull();
    }

    @Test
    void quarters_are_tables_of_their_own() {
        List<Tally> tallies = new ArrayList<>();
        tallies.add(tally(1L, null, null, 7, 0.4, 0.5));
        Tally later = tally(1L, null, null, 2, 0.9, 0.5);
        tallies.add(new Tally(
                1L, PREFECTURE, Q.plusMonths(3), null, null, 2, later.scored(), later.sums(), later.atThreshold()));

        List<Figure> figures = FigureTable.of(tallies, FigureTableTest::parent);

        assertThat(figures.stream()
                        .filter(f -> f.cohort() == Cohort.ALL && Long.valueOf(1).equals(f.communityId()))
                        .map(Figure::respondents))
                .containsExactly(7, SmallCounts.FEWER_THAN_FIVE);
    }
}
