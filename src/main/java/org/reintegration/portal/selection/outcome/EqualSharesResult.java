package org.reintegration.portal.selection.outcome;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.IntStream;
import org.reintegration.portal.selection.outcome.EqualSharesExplanation.Status;

/**
 * What one run of equal shares bought, with the figures that explain it.
 *
 * @param voterMoney    each voter's starting money
 * @param bought        the projects bought, by index, in order
 * @param boughtInRound per project, the round it was bought in, or 0
 * @param rho           per bought project, the ρ it was bought at
 * @param price         per bought project, the most a supporter paid
 * @param moneyLeft     per project, what its supporters held when the run ended
 */
record EqualSharesResult(
        Electorate electorate,
        Fraction voterMoney,
        List<Integer> bought,
        int[] boughtInRound,
        double[] rho,
        double[] price,
        double[] moneyLeft) {

    private static final MathContext DISPLAY = new MathContext(6, RoundingMode.HALF_EVEN);

    long cost() {
        return bought.stream().mapToLong(p -> electorate.costs[p]).reduce(0, Math::addExact);
    }

    List<String> selectedIds() {
        return bought.stream().map(p -> electorate.ids[p]).toList();
    }

    boolean isBought(int project) {
        return boughtInRound[project] > 0;
    }

    /**
     * Whether no project left out could still be paid from the unspent budget, counting only projects
     * equal shares could ever buy (those that cost something and have a supporter).
     */
    boolean isExhaustive() {
        BigDecimal unspent = electorate.budget.subtract(BigDecimal.valueOf(cost()));
        return IntStream.range(0, electorate.projectCount)
                .noneMatch(p -> electorate.isCandidate(p)
                        && !isBought(p)
                        && BigDecimal.valueOf(electorate.costs[p]).compareTo(unspent) <= 0);
    }

    BigDecimal voterMoneyForDisplay() {
        return voterMoney.toDecimal(DISPLAY).setScale(2, RoundingMode.HALF_EVEN);
    }

    EqualSharesExplanation explain(int project) {
        String id = electorate.ids[project];
        long cost = electorate.costs[project];
        long supporters = electorate.supporterCount[project];
        if (isBought(project)) {
            return new EqualSharesExplanation(
                    id,
                    cost,
                    supporters,
                    Status.SELECTED,
                    boughtInRound[project],
                    new BigDecimal(rho[project]).round(DISPLAY),
                    money(price[project]),
                    null);
        }
        Status status = supporters == 0 ? Status.NO_SUPPORTERS : cost == 0 ? Status.FREE : Status.UNAFFORDABLE;
        BigDecimal left = status == Status.UNAFFORDABLE ? money(moneyLeft[project]) : null;
        return new EqualSharesExplanation(id, cost, supporters, status, 0, null, null, left);
    }

    private static BigDecimal money(double amount) {
        return new BigDecimal(amount).setScale(2, RoundingMode.HALF_EVEN);
    }
}
