package org.reintegration.portal.selection.outcome;

import java.math.BigDecimal;

/**
 * Equal shares completed by Add1U, as used by the cities that run the Method of Equal Shares: run it
 * with each voter starting from B/n, then B/n + 1, B/n + 2, … currency units, and keep the first
 * outcome that is exhaustive, meaning no project left out that costs something and has a supporter
 * fits in the unspent budget. If a step's outcome costs more than the budget, the previous step's
 * outcome is kept instead.
 *
 * <p>Each step is a full run: outcomes are not monotone in the voters' money, so a step cannot be
 * skipped without changing the answer.
 */
public final class EqualSharesAdd1URule implements OutcomeRule {

    public static final String NAME = "mes_add1u";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome apply(Election election) {
        Completion completion = complete(Electorate.of(election));
        EqualSharesResult result = completion.result();
        return new Outcome(
                NAME, result.selectedIds(), result.cost(), completion.summary(), EqualSharesRule.explanations(result));
    }

    /** Raises the voters' money one unit at a time until the outcome is exhaustive or would overspend. */
    static Completion complete(Electorate electorate) {
        Fraction evenShare = EqualSharesRule.evenShare(electorate);
        BigDecimal budget = electorate.budget;
        EqualSharesResult previous = null;
        for (long increment = 0; ; increment++) {
            EqualSharesResult result = EqualSharesRun.run(electorate, evenShare.plus(Fraction.of(increment)));
            if (BigDecimal.valueOf(result.cost()).compareTo(budget) > 0) {
                // The first step spends at most B, so a previous step exists whenever this one overspends.
                return new Completion(previous, increment - 1);
            }
            if (result.isExhaustive()) {
                return new Completion(result, increment);
            }
            previous = result;
        }
    }

    /**
     * The outcome Add1U settled on.
     *
     * @param increment the units added to each voter's even share in the run that produced it
     */
    record Completion(EqualSharesResult result, long increment) {

        String summary() {
            return "Equal shares with " + result.voterMoneyForDisplay() + " per voter (even share + " + increment
                    + "): " + EqualSharesRule.describeSpending(result);
        }
    }
}
