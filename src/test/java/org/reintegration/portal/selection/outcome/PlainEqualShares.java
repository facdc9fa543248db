package org.reintegration.portal.selection.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Equal shares written as plainly as possible, voter by voter on exact fractions, to check the fast
 * implementation against.
 */
final class PlainEqualShares {

    private PlainEqualShares() {}

    static List<String> mes(Election election, Fraction voterMoney) {
        List<Ballot> voters = new ArrayList<>();
        election.ballots().forEach(group -> {
            for (long i = 0; i < group.voters(); i++) {
                voters.add(group.ballot());
            }
        });
        Fraction[] money = new Fraction[voters.size()];
        Arrays.fill(money, voterMoney);
        List<Project> open = new ArrayList<>(election.projects().stream()
                .filter(p -> p.cost() > 0 && voters.stream().anyMatch(b -> b.supports(p.id())))
                .toList());
        List<String> bought = new ArrayList<>();
        while (true) {
            Project best = null;
            Fraction bestRho = null;
            Fraction bestPrice = null;
            for (Project project : List.copyOf(open)) {
                List<Fraction> held = new ArrayList<>();
                for (int v = 0; v < voters.size(); v++) {
                    if (voters.get(v).supports(project.id())) {
                        held.add(money[v]);
                    }
                }
                Fraction price = price(project.cost(), held);
                if (price == null) {
                    open.remove(project);
                    continue;
                }
                Fraction rho = price.dividedBy(project.cost());
                int order = best == null ? -1 : rho.compareTo(bestRho);
                if (order < 0 || (order == 0 && Electorate.ID_ORDER.compare(project.id(), best.id()) < 0)) {
                    best = project;
                    bestRho = rho;
                    bestPrice = price;
                }
            }
            if (best == null) {
                return bought;
            }
            for (int v = 0; v < voters.size(); v++) {
                if (voters.get(v).supports(best.id())) {
                    money[v] = money[v].compareTo(bestPrice) < 0 ? Fraction.ZERO : money[v].minus(bestPrice);
                }
            }
            open.remove(best);
            bought.add(best.id());
        }
    }

    static List<String> mesAdd1u(Election election) {
        long n = election.voterCount();
        Fraction even = n == 0 ? Fraction.ZERO : Fraction.of(election.budget()).dividedBy(n);
        List<String> previous = null;
        for (long k = 0; ; k++) {
            List<String> outcome = mes(election, even.plus(Fraction.of(k)));
            long cost = cost(election, outcome);
            if (BigDecimal.valueOf(cost).compareTo(election.budget()) > 0) {
                return previous;
            }
            BigDecimal left = election.budget().subtract(BigDecimal.valueOf(cost));
            boolean exhaustive = election.projects().stream()
                    .filter(p -> !outcome.contains(p.id()) && p.cost() > 0)
                    .filter(p ->
                            election.ballots().stream().anyMatch(g -> g.ballot().supports(p.id())))
                    .noneMatch(p -> BigDecimal.valueOf(p.cost()).compareTo(left) <= 0);
            if (exhaustive) {
                return outcome;
            }
            previous = outcome;
        }
    }

    private static long cost(Election election, List<String> ids) {
        return election.projects().stream()
                .filter(p -> ids.contains(p.id()))
                .mapToLong(Project::cost)
                .sum();
    }

    /** Walks supporters from the poorest up: each either pays all they have or the equal share of what is left. */
    private static Fraction price(long cost, List<Fraction> held) {
        List<Fraction> sorted = held.stream().sorted(Comparator.naturalOrder()).toList();
        Fraction left = Fraction.of(cost);
        int payers = sorted.size();
        for (Fraction balance : sorted) {
            Fraction share = left.dividedBy(payers);
            if (balance.compareTo(share) >= 0) {
                return share;
            }
            left = left.minus(balance);
            payers--;
        }
        return null;
    }
}
