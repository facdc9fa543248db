package org.reintegration.portal.selection.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Equal shares completed by Add1U, then what is left of the budget filled greedily by votes over the
 * projects equal shares did not fund. The selection lists the equal-shares projects in the order they
 * were bought, then the greedy additions in the order they were taken.
 */
public final class EqualSharesAdd1UGreedyRule implements OutcomeRule {

    public static final String NAME = "mes_add1u_greedy";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome apply(Election election) {
        Electorate electorate = Electorate.of(election);
        EqualSharesAdd1URule.Completion completion = EqualSharesAdd1URule.complete(electorate);
        EqualSharesResult shares = completion.result();
        boolean[] bought = new boolean[electorate.projectCount];
        shares.bought().forEach(p -> bought[p] = true);
        BigDecimal left = election.budget().subtract(BigDecimal.valueOf(shares.cost()));
        GreedyWalk fill = GreedyWalk.over(electorate, bought, left);

        List<String> selected = new ArrayList<>(shares.selectedIds());
        selected.addAll(fill.selectedIds(electorate));
        List<Explanation> explanations = new ArrayList<>();
        for (int p = 0; p < electorate.projectCount; p++) {
            explanations.add(bought[p] ? shares.explain(p) : fill.explanations()[p]);
        }
        String summary = completion.summary() + "; then " + fill.selected().size() + " more by greedy fill, costing "
                + fill.cost();
        return new Outcome(NAME, selected, shares.cost() + fill.cost(), summary, explanations);
    }
}
