package org.reintegration.portal.selection.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GreedyRuleTest {

    private final GreedyRule greedy = new GreedyRule();

    @Test
    void ties_are_broken_by_the_smaller_project_id_as_a_string() {
        Election election = approval(
                100,
                List.of(new Project("9", 100), new Project("10", 100)),
                Ballot.approving("9"),
                Ballot.approving("10"));

        assertThat(greedy.apply(election).selected()).containsExactly("10");
    }

    @Test
    void projects_are_taken_in_order_of_votes() {
        Election election = approval(
                300,
                List.of(new Project("a", 100), new Project("b", 100), new Project("c", 100)),
                Ballot.approving("c"),
                Ballot.approving("b", "c"),
                Ballot.approving("a", "b", "c"));

        assertThat(greedy.apply(election).selected()).containsExactly("c", "b", "a");
    }

    @Test
    void a_project_that_does_not_fit_is_skipped_and_cheaper_ones_below_it_are_still_taken() {
        Election election = approval(
                100,
                List.of(new Project("big", 80), new Project("huge", 50), new Project("small", 20)),
                Ballot.approving("big", "huge", "small"),
                Ballot.approving("big", "huge"),
                Ballot.approving("big"));

        Outcome outcome = greedy.apply(election);

        assertThat(outcome.selected()).containsExactly("big", "small");
        assertThat(outcome.cost()).isEqualTo(100);
        assertThat(outcome.explanationOf("huge")).get().satisfies(explanation -> {
            assertThat(explanation.selected()).isFalse();
            assertThat(explanation.describe()).contains("2 votes", "cost 50", "20 left", "did not fit");
        });
    }

    @Test
    void zero_cost_projects_and_projects_nobody_voted_for_are_taken_when_they_fit() {
        Election election = approval(
                100,
                List.of(new Project("popular", 90), new Project("free", 0), new Project("unvoted", 10)),
                Ballot.approving("popular", "free"),
                Ballot.approving("popular"));

        assertThat(greedy.apply(election).selected()).containsExactly("popular", "free", "unvoted");
    }

    @Test
    void a_cumulative_election_is_ordered_by_total_points_not_by_number_of_voters() {
        Election election = new Election(
                BigDecimal.valueOf(100),
                VoteType.CUMULATIVE,
                List.of(new Project("wide", 100), new Project("deep", 100)),
                List.of(
                        new BallotGroup(Ballot.withPoints(Map.of("wide", 1L)), 3),
                        new BallotGroup(Ballot.withPoints(Map.of("deep", 5L)), 1)));

        Outcome outcome = greedy.apply(election);

        assertThat(outcome.selected()).containsExactly("deep");
        assertThat(outcome.explanationOf("deep"))
                .get()
                .extracting(Explanation::describe)
                .asString()
                .startsWith("5 points");
    }

    @Test
    void a_fractional_budget_is_respected_exactly() {
        Election election = new Election(
                new BigDecimal("99.99"),
                VoteType.APPROVAL,
                List.of(new Project("a", 100), new Project("b", 99)),
                List.of(new BallotGroup(Ballot.approving("a", "b"), 1)));

        assertThat(greedy.apply(election).selected()).containsExactly("b");
    }

    static Election approval(long budget, List<Project> projects, Ballot... votes) {
        return Election.ofVoters(BigDecimal.valueOf(budget), VoteType.APPROVAL, projects, List.of(votes));
    }
}
