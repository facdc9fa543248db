package org.reintegration.portal.selection.voting;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;

class ChoiceRulesTest {

    private static BallotPaper paper(BallotFormat format, int min, int max, int points) {
        List<BallotItem> items = List.of(item(1, 400), item(2, 500), item(3, 300));
        return new BallotPaper(
                7,
                "Test",
                Phase.VOTING,
                format,
                min,
                max,
                points,
                BigDecimal.valueOf(800),
                "GNF",
                "greedy",
                "fr",
                items);
    }

    private static BallotItem item(long id, long cost) {
        return new BallotItem(
                id, "I" + id, "", "fr", "SOCIAL", "HEALTH", false, false, BigDecimal.valueOf(cost), (int) id);
    }

    @Test
    void an_approval_ballot_ticks_between_min_and_max_initiatives_on_the_ballot() {
        BallotPaper approval = paper(BallotFormat.APPROVAL, 1, 2, 0);

        assertThatCode(() -> ChoiceRules.check(approval, BallotChoices.ticking(List.of(1L, 2L))))
                .doesNotThrowAnyException();
        assertRejected(approval, BallotChoices.ticking(List.of()), "voting.invalid.too-few");
        assertRejected(approval, BallotChoices.ticking(List.of(1L, 2L, 3L)), "voting.invalid.too-many");
        assertRejected(approval, BallotChoices.ticking(List.of(9L)), "voting.invalid.unknown-item");
        assertRejected(approval, new BallotChoices(Map.of(1L, 2)), "voting.invalid.one-point");
    }

    @Test
    void a_knapsack_ballot_stays_within_the_budget() {
        BallotPaper knapsack = paper(BallotFormat.KNAPSACK, 1, 3, 0);

        assertThatCode(() -> ChoiceRules.check(knapsack, BallotChoices.ticking(List.of(2L, 3L))))
                .doesNotThrowAnyException();
        assertRejected(knapsack, BallotChoices.ticking(List.of(1L, 2L)), "voting.invalid.over-budget");
    }

    @Test
    void a_cumulative_ballot_spreads_at_most_the_round_s_points() {
        BallotPaper cumulative = paper(BallotFormat.CUMULATIVE, 1, 3, 10);

        assertThatCode(() -> ChoiceRules.check(cumulative, new BallotChoices(Map.of(1L, 7, 3L, 3))))
                .doesNotThrowAnyException();
        assertRejected(cumulative, new BallotChoices(Map.of(1L, 7, 3L, 4)), "voting.invalid.too-many-points");
        assertRejected(cumulative, new BallotChoices(Map.of(1L, 0)), "voting.invalid.no-points");
        assertThatThrownBy(() -> new BallotChoices(Map.of(1L, -1)))
                .isInstanceOf(BallotRejectedException.class)
                .hasFieldOrPropertyWithValue("detailKey", "voting.invalid.negative");
    }

    private static void assertRejected(BallotPaper paper, BallotChoices choices, String detailKey) {
        assertThatThrownBy(() -> ChoiceRules.check(paper, choices))
                .isInstanceOfSatisfying(BallotRejectedException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.reason())
                            .isEqualTo(BallotRejectedException.Reason.INVALID_CHOICE);
                    org.assertj.core.api.Assertions.assertThat(e.detailKey()).isEqualTo(detailKey);
                });
    }
}
