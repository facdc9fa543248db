package org.reintegration.portal.selection.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.selection.outcome.GreedyRuleTest.approval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.selection.outcome.EqualSharesExplanation.Status;

class EqualSharesRuleTest {

    private final EqualSharesRule mes = new EqualSharesRule();

    /**
     * Budget 120 for four voters, 30 each. Round 1: A (cost 60, voters 1–3) at 20 each, ρ = 1/3, beats
     * B (cost 35, voters 3–4, ρ = 17.5/35 = 1/2) and C (cost 20, voter 1, ρ = 1). Voters 1–3 keep 10.
     * Round 2: C needs 20 from voter 1, who has 10; B gets voter 3's last 10 and 25 from voter 4,
     * so ρ = 25/35 = 5/7. Then nobody can pay for C.
     */
    @Test
    void a_small_election_comes_out_as_computed_by_hand() {
        Election election = approval(
                120,
                List.of(new Project("A", 60), new Project("B", 35), new Project("C", 20)),
                Ballot.approving("A", "C"),
                Ballot.approving("A"),
                Ballot.approving("A", "B"),
                Ballot.approving("B"));

        Outcome outcome = mes.apply(election);

        assertThat(outcome.selected()).containsExactly("A", "B");
        assertThat(outcome.explanationOf("B")).get().isInstanceOfSatisfying(EqualSharesExplanation.class, b -> {
            assertThat(b.round()).isEqualTo(2);
            assertThat(b.rho()).isEqualByComparingTo("0.714286");
            assertThat(b.share()).isEqualByComparingTo("25.00");
        });
        assertThat(outcome.explanationOf("C")).get().isInstanceOfSatisfying(EqualSharesExplanation.class, c -> {
            assertThat(c.status()).isEqualTo(Status.UNAFFORDABLE);
            assertThat(c.supportersMoney()).isEqualByComparingTo("10.00");
            assertThat(c.describe()).contains("10.00 left", "cost of 20");
        });
    }

    @Test
    void ties_are_broken_by_the_smaller_project_id_as_a_string() {
        Election election = approval(
                100,
                List.of(new Project("9", 100), new Project("10", 100)),
                Ballot.approving("9", "10"),
                Ballot.approving("9", "10"));

        assertThat(mes.apply(election).selected()).containsExactly("10");
    }

    @Test
    void equal_rho_reached_through_different_costs_and_supporters_is_an_exact_tie() {
        // Both have ρ = 1/3: "b" at 10 for each of 3 voters, "a" at 20 for each of 3 others.
        Election election = approval(
                600,
                List.of(new Project("b", 30), new Project("a", 60)),
                Ballot.approving("b"),
                Ballot.approving("b"),
                Ballot.approving("b"),
                Ballot.approving("a"),
                Ballot.approving("a"),
                Ballot.approving("a"));

        Outcome outcome = mes.apply(election);

        assertThat(outcome.selected()).containsExactly("a", "b");
    }

    @Test
    void supporters_holding_exactly_the_cost_between_them_can_buy_it() {
        // 100 / 3 per voter has no exact binary form; only exact arithmetic sees that it adds up to 100.
        Election election = approval(
                100,
                List.of(new Project("all", 100), new Project("more", 101)),
                Ballot.approving("all", "more"),
                Ballot.approving("all", "more"),
                Ballot.approving("all", "more"));

        Outcome outcome = mes.apply(election);

        assertThat(outcome.selected()).containsExactly("all");
        assertThat(outcome.explanationOf("more"))
                .get()
                .extracting(Explanation::selected)
                .isEqualTo(false);
    }

    @Test
    void zero_cost_projects_and_projects_nobody_voted_for_are_never_bought() {
        Election election = approval(
                1000,
                List.of(new Project("free", 0), new Project("unvoted", 10), new Project("wanted", 10)),
                Ballot.approving("free", "wanted"),
                Ballot.approving("free"));

        Outcome outcome = mes.apply(election);

        assertThat(outcome.selected()).containsExactly("wanted");
        assertThat(outcome.explanations())
                .extracting(Explanation::describe)
                .anySatisfy(text -> assertThat(text).contains("costs nothing"))
                .anySatisfy(text -> assertThat(text).contains("nobody voted for it"));
    }

    @Test
    void a_cumulative_ballot_supports_the_projects_it_gives_points_to_whatever_the_points() {
        Election election = new Election(
                BigDecimal.valueOf(100),
                VoteType.CUMULATIVE,
                List.of(new Project("x", 60), new Project("y", 60)),
                List.of(new BallotGroup(Ballot.withPoints(Map.of("x", 1L, "y", 9L)), 2)));

        assertThat(mes.apply(election).selected()).containsExactly("x");
    }

    @Test
    void the_summary_states_the_money_each_voter_started_with() {
        Election election = approval(
                100,
                List.of(new Project("a", 10)),
                Ballot.approving("a"),
                Ballot.approving("a"),
                Ballot.approving("a"));

        assertThat(mes.apply(election).summary()).startsWith("Equal shares with 33.33 per voter");
    }
}
