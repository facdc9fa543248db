package org.reintegration.portal.selection.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.selection.outcome.EqualSharesExplanation;
import org.reintegration.portal.selection.outcome.GreedyExplanation;

class ResultExplanationTest {

    @Test
    void a_greedy_explanation_keeps_support_cost_and_what_was_left() {
        var why = ResultExplanation.of(new GreedyExplanation("7", 500, 12, "votes", new BigDecimal("350.50"), false));

        assertThat(why.encode()).isEqualTo("greedy.did-not-fit|12|votes|500|350.5");
        assertThat(ResultExplanation.decode(why.encode())).isEqualTo(why);
        assertThat(why.messageKey()).isEqualTo("results.why.greedy.did-not-fit");
    }

    @Test
    void an_equal_shares_explanation_keeps_the_supporters_shares() {
        var bought = ResultExplanation.of(new EqualSharesExplanation(
                "7",
                600,
                6,
                EqualSharesExplanation.Status.SELECTED,
                2,
                new BigDecimal("0.1667"),
                new BigDecimal("100.004"),
                null));
        var unaffordable = ResultExplanation.of(new EqualSharesExplanation(
                "8", 500, 4, EqualSharesExplanation.Status.UNAFFORDABLE, 0, null, null, new BigDecimal("280")));
        var nobody = ResultExplanation.of(new EqualSharesExplanation(
                "9", 500, 0, EqualSharesExplanation.Status.NO_SUPPORTERS, 0, null, null, null));

        assertThat(bought.figures()).containsExactly("2", "6", "100", "600");
        assertThat(unaffordable).isEqualTo(new ResultExplanation("mes.UNAFFORDABLE", List.of("4", "280", "500")));
        assertThat(ResultExplanation.decode(nobody.encode())).isEqualTo(nobody);
    }
}
