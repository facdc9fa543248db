package org.reintegration.portal.selection.outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One run of the Method of Equal Shares with cost utility, every voter starting with the same money.
 *
 * <p>Each round buys the affordable project with the smallest ρ, its supporters each paying
 * {@code min(money, ρ·cost)}. With cost utility ρ·cost is the price per supporter, so the run works
 * with prices. Three choices make it fast while keeping every decision exact:
 * <ul>
 *   <li>Voters are handled as ballot groups: identical ballots hold identical money throughout.</li>
 *   <li>A project's ρ can only grow as voters spend, so a stale ρ is a lower bound and only the
 *       project at the front needs recomputing (lazy evaluation).</li>
 *   <li>Money and prices are doubles, each carrying a bound on its distance from the exact value.
 *       When two projects' ρ lie within {@link #TOLERANCE} of each other, or a bound grows too wide,
 *       or affordability is too close to call, the {@link Ledger} settles it on exact fractions;
 *       exact ties then go to the smaller project id.</li>
 * </ul>
 */
final class EqualSharesRun {

    /** Relative gap under which two ρ values are compared exactly rather than in floating point. */
    private static final double TOLERANCE = 1e-9;

    private static final double EPSILON = 0x1p-52;
    /** Passes of the floating-point price search before handing the project to exact arithmetic. */
    private static final int MAX_PASSES = 64;

    private final Electorate electorate;
    private final Fraction voterMoney;
    private final Ledger ledger;
    /** The money each voter of a ballot group holds, and a bound on its distance from the exact amount. */
    private final double[] groupMoney;

    private final double[] groupError;
    private final double roundingError;
    private final double[] rho;
    private final double[] price;
    private final double[] priceError;
    private final Fraction[] exactPrice;
    private final boolean[] stale;
    private final int[] boughtInRound;
    private final List<Integer> bought = new ArrayList<>();
    private final int[] candidates;
    private int candidateCount;
    private final Scan scanned = new Scan();

    private EqualSharesRun(Electorate electorate, Fraction voterMoney) {
        this.electorate = electorate;
        this.voterMoney = voterMoney;
        ledger = new Ledger(electorate, voterMoney);
        int projects = electorate.projectCount;
        double startingMoney = voterMoney.toDouble();
        roundingError = startingMoney * EPSILON;
        groupMoney = new double[electorate.groupCount()];
        groupError = new double[electorate.groupCount()];
        Arrays.fill(groupMoney, startingMoney);
        Arrays.fill(groupError, roundingError);
        rho = new double[projects];
        price = new double[projects];
        priceError = new double[projects];
        exactPrice = new Fraction[projects];
        stale = new boolean[projects];
        boughtInRound = new int[projects];
        candidates = new int[projects];
        for (int p = 0; p < projects; p++) {
            if (electorate.isCandidate(p)) {
                candidates[candidateCount++] = p;
            }
        }
    }

    /** Runs equal shares with the given starting money per voter. */
    static EqualSharesResult run(Electorate electorate, Fraction voterMoney) {
        return new EqualSharesRun(electorate, voterMoney).run();
    }

    private EqualSharesResult run() {
        // Walking down keeps the walk valid when a project is dropped: the one moved into its place was visited.
        for (int i = candidateCount - 1; i >= 0; i--) {
            evaluate(candidates[i]);
        }
        int round = 0;
        List<Integer> contenders = new ArrayList<>();
        while (candidateCount > 0) {
            int front = front();
            if (stale[front]) {
                evaluate(front);
                continue;
            }
            // Every other ρ is at least its stored value, so only those within the tolerance can tie.
            double limit = rho[front] * (1 + TOLERANCE);
            contenders.clear();
            contenders.add(front);
            for (int i = candidateCount - 1; i >= 0; i--) {
                int p = candidates[i];
                if (p != front && rho[p] <= limit) {
                    if (stale[p]) {
                        evaluate(p);
                    }
                    if (isCandidate(p) && rho[p] <= limit) {
                        contenders.add(p);
                    }
                }
            }
            int winner = contenders.size() == 1 ? front : exactWinner(contenders);
            if (winner >= 0) {
                buy(winner, ++round);
            }
        }
        return new EqualSharesResult(
                electorate, voterMoney, List.copyOf(bought), boughtInRound, rho, price, moneyLeft());
    }

    private int front() {
        int best = candidates[0];
        for (int i = 1; i < candidateCount; i++) {
            int p = candidates[i];
            if (rho[p] < rho[best] || (rho[p] == rho[best] && electorate.rank[p] < electorate.rank[best])) {
                best = p;
            }
        }
        return best;
    }

    /** Recomputes the project's price from its supporters' current money, or drops it if they cannot pay. */
    private void evaluate(int project) {
        stale[project] = false;
        exactPrice[project] = null;
        int[] groups = electorate.supporters[project];
        long cost = electorate.costs[project];
        long voters = electorate.supporterCount[project];
        double share = (double) cost / voters;
        scan(groups, share);
        double moneyError = scanned.moneyError + scanned.money * (groups.length + 2) * EPSILON;
        if (scanned.money + moneyError < cost) {
            drop(project);
            return;
        }
        if (scanned.money - moneyError < cost) {
            evaluateExactly(project);
            return;
        }
        // Supporters who cannot pay the share pay all they have and the others split the rest; the
        // share only rises as more run out, so repeat until nobody else does.
        double exhaustedMoney = 0;
        long exhausted = 0;
        for (int pass = 0; ; pass++) {
            if (pass > 0) {
                scan(groups, share);
            }
            if (scanned.poor == exhausted) {
                long surelyPaying = voters - exhausted - scanned.undecided;
                double error = surelyPaying <= 0
                        ? Double.POSITIVE_INFINITY
                        : (scanned.poorError + (cost + exhaustedMoney) * (groups.length + 4) * EPSILON) / surelyPaying
                                + share * EPSILON;
                if (error > share * TOLERANCE / 4) {
                    evaluateExactly(project);
                    return;
                }
                price[project] = share;
                priceError[project] = error;
                rho[project] = share / cost;
                return;
            }
            if (scanned.poor >= voters || pass == MAX_PASSES) {
                evaluateExactly(project);
                return;
            }
            exhausted = scanned.poor;
            exhaustedMoney = scanned.poorMoney;
            share = (cost - exhaustedMoney) / (voters - exhausted);
        }
    }

    /**
     * Totals the supporters' money, and that of those who cannot pay the share or may not be able
     * to. Only the latter's errors move the price: those who pay the full share pay the same
     * whatever they hold.
     */
    private void scan(int[] groups, double share) {
        long[] groupVoters = electorate.groupVoters;
        double margin = share * TOLERANCE;
        double money = 0;
        double moneyError = 0;
        double poorMoney = 0;
        long poor = 0;
        double poorError = 0;
        long undecided = 0;
        for (int g : groups) {
            double balance = groupMoney[g];
            double weightedError = groupError[g] * groupVoters[g];
            money += balance * groupVoters[g];
            moneyError += weightedError;
            if (balance < share + margin + groupError[g]) {
                poorError += weightedError;
                if (balance < share) {
                    poorMoney += balance * groupVoters[g];
                    poor += groupVoters[g];
                } else {
                    undecided += groupVoters[g];
                }
            }
        }
        scanned.money = money;
        scanned.moneyError = moneyError;
        scanned.poorMoney = poorMoney;
        scanned.poor = poor;
        scanned.poorError = poorError;
        scanned.undecided = undecided;
    }

    private void evaluateExactly(int project) {
        Fraction exact = ledger.priceNow(project);
        if (exact == null) {
            drop(project);
            return;
        }
        exactPrice[project] = exact;
        price[project] = exact.toDouble();
        priceError[project] = price[project] * EPSILON;
        rho[project] = exact.dividedBy(electorate.costs[project]).toDouble();
    }

    /** Decides between projects whose ρ floating point cannot separate; -1 if exact arithmetic drops them all. */
    private int exactWinner(List<Integer> contenders) {
        int winner = -1;
        Fraction best = null;
        for (int p : contenders) {
            if (exactPrice[p] == null) {
                evaluateExactly(p);
                if (!isCandidate(p)) {
                    continue;
                }
            }
            Fraction exactRho = exactPrice[p].dividedBy(electorate.costs[p]);
            int order = best == null ? -1 : exactRho.compareTo(best);
            if (order < 0 || (order == 0 && electorate.rank[p] < electorate.rank[winner])) {
                winner = p;
                best = exactRho;
            }
        }
        return winner;
    }

    private void buy(int project, int round) {
        double share = price[project];
        double shareError = priceError[project];
        for (int g : electorate.supporters[project]) {
            double balance = groupMoney[g];
            if (balance + groupError[g] < share - shareError) {
                // Certainly paid all they had: nothing is left, exactly, and neither is any error.
                groupMoney[g] = 0;
                groupError[g] = 0;
            } else {
                groupMoney[g] = Math.max(0, balance - share);
                groupError[g] += shareError + roundingError;
            }
        }
        for (int affected : electorate.neighbours(project)) {
            stale[affected] = true;
        }
        ledger.record(project, exactPrice[project]);
        boughtInRound[project] = round;
        bought.add(project);
        drop(project);
    }

    private boolean isCandidate(int project) {
        for (int i = 0; i < candidateCount; i++) {
            if (candidates[i] == project) {
                return true;
            }
        }
        return false;
    }

    private void drop(int project) {
        for (int i = 0; i < candidateCount; i++) {
            if (candidates[i] == project) {
                candidates[i] = candidates[--candidateCount];
                return;
            }
        }
    }

    private double[] moneyLeft() {
        double[] moneyLeft = new double[electorate.projectCount];
        for (int p = 0; p < electorate.projectCount; p++) {
            for (int g : electorate.supporters[p]) {
                moneyLeft[p] += groupMoney[g] * electorate.groupVoters[g];
            }
        }
        return moneyLeft;
    }

    /** What the last {@link #scan} found. */
    private static final class Scan {
        double money;
        double moneyError;
        double poorMoney;
        long poor;
        double poorError;
        long undecided;
    }
}
