package org.reintegration.portal.selection.round;

import java.math.BigDecimal;
import java.util.List;
import org.reintegration.portal.base.InvalidFieldException;

/**
 * A round's ballot as the voting side reads it: the round with its format, rule and budget, and the
 * initiatives in the order shown.
 */
public record RoundBallot(SelectionRound round, List<BallotItem> items) {

    public RoundBallot {
        items = List.copyOf(items);
    }

    public long roundId() {
        return round.id();
    }

    public BallotRules rules() {
        return round.data().rules();
    }

    public BallotFormat format() {
        return round.data().rules().format();
    }

    public RuleName rule() {
        return round.data().rule();
    }

    public BigDecimal budget() {
        return round.data().budget();
    }

    public String currency() {
        return round.data().currency();
    }

    public Phase phase() {
        return round.phase();
    }

    /**
     * Refuses a ballot the rules cannot be met on, which the vote must not open with: an empty one, an
     * approval ballot with fewer items than may be chosen, a knapsack ballot where no item fits the budget.
     */
    void checkReadyToVote() {
        if (items.isEmpty()) {
            throw new InvalidFieldException("ballot", "rounds.error.empty-ballot", "the ballot is empty");
        }
        BallotRules rules = rules();
        switch (rules.format()) {
            case APPROVAL -> {
                if (rules.maxChoices() > items.size()) {
                    throw new InvalidFieldException(
                            "maxChoices",
                            "rounds.error.max-above-ballot",
                            "max " + rules.maxChoices() + " > " + items.size());
                }
            }
            case KNAPSACK -> {
                boolean anyFits = items.stream().anyMatch(i -> i.cost().compareTo(budget()) <= 0);
                if (!anyFits) {
                    throw new InvalidFieldException("budget", "rounds.error.nothing-fits", "no item fits the budget");
                }
            }
            case CUMULATIVE -> {
                // points ≥ 1 is checked by BallotRules; any ballot size works
            }
        }
    }
}
