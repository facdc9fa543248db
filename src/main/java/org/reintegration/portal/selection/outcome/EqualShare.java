package org.reintegration.portal.selection.outcome;

import java.util.List;

/** Solves for the exact price per supporter of a project, given what its supporters hold. */
final class EqualShare {

    private EqualShare() {}

    /**
     * The smallest {@code q} such that supporters each paying {@code min(money, q)} cover the cost,
     * or {@code null} if all their money together falls short.
     *
     * @param money  the distinct amounts supporters hold
     * @param voters how many supporters hold each amount
     */
    static Fraction of(long cost, List<Fraction> money, List<Long> voters) {
        int size = money.size();
        Fraction total = Fraction.ZERO;
        long supporters = 0;
        for (int i = 0; i < size; i++) {
            total = total.plus(money.get(i).times(voters.get(i)));
            supporters += voters.get(i);
        }
        Fraction costFraction = Fraction.of(cost);
        if (total.compareTo(costFraction) < 0) {
            return null;
        }
        // Those who cannot pay the price pay all they have; the rest share what remains equally.
        // The price only rises as more supporters run out, so this settles within size rounds, and
        // since the money suffices someone is always left paying the full price.
        boolean[] exhausted = new boolean[size];
        Fraction exhaustedMoney = Fraction.ZERO;
        long payingFully = supporters;
        Fraction price = costFraction.dividedBy(payingFully);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < size; i++) {
                if (!exhausted[i] && money.get(i).compareTo(price) < 0) {
                    exhausted[i] = true;
                    exhaustedMoney = exhaustedMoney.plus(money.get(i).times(voters.get(i)));
                    payingFully -= voters.get(i);
                    changed = true;
                }
            }
            if (changed) {
                price = costFraction.minus(exhaustedMoney).dividedBy(payingFully);
            }
        }
        return price;
    }
}
