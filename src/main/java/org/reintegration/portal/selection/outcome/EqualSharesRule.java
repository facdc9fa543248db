package org.reintegration.portal.selection.outcome;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The Method of Equal Shares with cost utility, without completion. Every voter starts with an equal
 * share of the budget; each round funds the project whose supporters can cover its cost with the
 * smallest ρ, each paying ρ·cost or all they have left if that is less, until no project's supporters
 * can afford it. Zero-cost projects give no cost utility and are never funded. In a cumulative
 * election, a ballot supports the projects it gives points to; the number of points does not matter.
 */
public final class EqualSharesRule implements OutcomeRule {

    public static final String NAME = "mes";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome apply(Election election) {
        Electorate electorate = Electorate.of(election);
        EqualSharesResult result = EqualSharesRun.run(electorate, evenShare(electorate));
        String summary =
                "Equal shares with " + result.voterMoneyForDisplay() + " per voter: " + describeSpending(result);
        return new Outcome(NAME, result.selectedIds(), result.cost(), summary, explanations(result));
    }

    /** The budget divided equally among the voters. */
    static Fraction evenShare(Electorate electorate) {
        return electorate.voterCount == 0
                ? Fraction.ZERO
                : Fraction.of(electorate.budget).dividedBy(electorate.voterCount);
    }

    static String describeSpending(EqualSharesResult result) {
        Electorate electorate = result.electorate();
        return result.bought().size() + " of " + electorate.projectCount + " projects selected, costing "
                + result.cost() + " of " + electorate.budget.toPlainString();
    }

    static List<Explanation> explanations(EqualSharesResult result) {
        return IntStream.range(0, result.electorate().projectCount)
                .<Explanation>mapToObj(result::explain)
                .toList();
    }
}
