package org.reintegration.portal.selection.outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The purchases of one run of equal shares, from which the exact money of any voter at any point can
 * be recomputed.
 *
 * <p>A voter's money depends only on which of the projects bought so far their ballot supports:
 * starting from the same amount, they paid {@code min(money, price)} for each in turn. So the run can
 * keep fast approximate balances and still settle any close call exactly, by replaying that history
 * with fractions. Replayed balances are remembered per history, and exact prices per purchase, so
 * each is computed at most once.
 */
final class Ledger {

    private final Electorate electorate;
    private final Fraction startingMoney;
    private final List<Integer> purchases = new ArrayList<>();
    private final List<Fraction> exactPrices = new ArrayList<>();
    private final Map<List<Integer>, Fraction> balances = new HashMap<>();

    Ledger(Electorate electorate, Fraction startingMoney) {
        this.electorate = electorate;
        this.startingMoney = startingMoney;
    }

    /**
     * Records that a project was bought.
     *
     * @param exactPrice its exact price per supporter if already known, else {@code null}
     */
    void record(int project, Fraction exactPrice) {
        purchases.add(project);
        exactPrices.add(exactPrice);
    }

    /**
     * The exact price per supporter of the project if it were bought now: the smallest amount
     * {@code q} such that supporters each paying {@code min(money, q)} cover its cost. {@code null}
     * when all their money together falls short.
     */
    Fraction priceNow(int project) {
        return price(project, purchases.size());
    }

    private Fraction exactPrice(int purchase) {
        if (exactPrices.get(purchase) == null) {
            exactPrices.set(purchase, price(purchases.get(purchase), purchase));
        }
        return exactPrices.get(purchase);
    }

    /** The exact price of the project given only the first {@code before} purchases. */
    private Fraction price(int project, int before) {
        Map<List<Integer>, Long> votersByHistory = new HashMap<>();
        for (int g : electorate.supporters[project]) {
            votersByHistory.merge(history(g, before), electorate.groupVoters[g], Long::sum);
        }
        List<Fraction> money = new ArrayList<>();
        List<Long> voters = new ArrayList<>();
        votersByHistory.forEach((history, count) -> {
            money.add(balance(history));
            voters.add(count);
        });
        return EqualShare.of(electorate.costs[project], money, voters);
    }

    /** The purchases, among the first {@code before}, that a ballot group supports. */
    private List<Integer> history(int group, int before) {
        List<Integer> paid = new ArrayList<>();
        for (int purchase = 0; purchase < before; purchase++) {
            int project = purchases.get(purchase);
            for (int supported : electorate.supported[group]) {
                if (supported == project) {
                    paid.add(purchase);
                    break;
                }
            }
        }
        return paid;
    }

    /** The exact money left to a voter who paid for exactly the given purchases. */
    private Fraction balance(List<Integer> history) {
        if (history.isEmpty()) {
            return startingMoney;
        }
        Fraction known = balances.get(history);
        if (known != null) {
            return known;
        }
        int last = history.getLast();
        Fraction left = balance(history.subList(0, history.size() - 1)).minus(exactPrice(last));
        Fraction balance = left.signum() > 0 ? left : Fraction.ZERO;
        balances.put(List.copyOf(history), balance);
        return balance;
    }
}
