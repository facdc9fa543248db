package org.reintegration.portal.selection.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.selection.outcome.GreedyRuleTest.approval;

import java.util.List;
import org.junit.jupiter.api.Test;

class EqualSharesAdd1URuleTest {

    private final EqualSharesAdd1URule add1u = new EqualSharesAdd1URule();
    private final EqualSharesAdd1UGreedyRule add1uGreedy = new EqualSharesAdd1UGreedyRule();

    @Test
    void the_voters_money_is_raised_one_unit_at_a_time_until_the_outcome_is_exhaustive() {
        // 50 each: only B (40) is bought and A (60) would still fit. At 60 each, A and B both are.
        Election election = approval(
                100, List.of(new Project("A", 60), new Project("B", 40)), Ballot.approving("A"), Ballot.approving("B"));

        Outcome plain = new EqualSharesRule().apply(election);
        Outcome completed = add1u.apply(election);

        assertThat(plain.selected()).containsExactly("B");
        assertThat(completed.selected()).containsExactly("A", "B");
        assertThat(completed.summary()).contains("60.00 per voter", "even share + 10");
    }

    @Test
    void the_first_exhaustive_outcome_is_kept_even_if_money_is_left() {
        // At 50 each only B is bought, and A (70) no longer fits in the 60 left: that is exhaustive.
        Election election = approval(
                100, List.of(new Project("A", 70), new Project("B", 40)), Ballot.approving("A"), Ballot.approving("B"));

        assertThat(add1u.apply(election).selected()).containsExactly("B");
    }

    @Test
    void when_a_step_would_overspend_the_previous_steps_outcome_is_kept() {
        // Nothing is affordable until 60 each, when both projects are bought for 120 > 100: keep 59's empty outcome.
        Election election = approval(
                100, List.of(new Project("A", 60), new Project("B", 60)), Ballot.approving("A"), Ballot.approving("B"));

        Outcome outcome = add1u.apply(election);

        assertThat(outcome.selected()).isEmpty();
        assertThat(outcome.summary()).contains("even share + 9");
    }

    @Test
    void projects_equal_shares_can_never_buy_do_not_hold_up_completion() {
        Election election = approval(
                100,
                List.of(new Project("A", 40), new Project("free", 0), new Project("unvoted", 10)),
                Ballot.approving("A", "free"),
                Ballot.approving("A"));

        Outcome outcome = add1u.apply(election);

        assertThat(outcome.selected()).containsExactly("A");
        assertThat(outcome.summary()).contains("even share + 0");
    }

    @Test
    void the_greedy_fill_spends_what_equal_shares_left_on_the_remaining_projects_by_votes() {
        Election election = approval(
                100,
                List.of(new Project("A", 60), new Project("B", 60), new Project("C", 30)),
                Ballot.approving("A", "C"),
                Ballot.approving("B"));

        Outcome outcome = add1uGreedy.apply(election);

        assertThat(outcome.selected()).containsExactly("C", "A");
        assertThat(outcome.explanationOf("B"))
                .get()
                .extracting(Explanation::describe)
                .asString()
                .contains("did not fit");
    }
}
