package org.reintegration.portal.selection.voting;

import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.INVALID_CHOICE;

import org.reintegration.portal.selection.round.BallotFormat;

/**
 * The rules a filled-in ballot must follow, the same for the voting page, paper entry and the JSON
 * endpoint. Pure: the page uses it to show a problem before submitting, the service to refuse it.
 */
public final class ChoiceRules {

    private ChoiceRules() {}

    /**
     * Checks the choices against the paper.
     *
     * @throws BallotRejectedException with reason {@code INVALID_CHOICE} and a detail key naming the
     *                                 broken rule
     */
    public static void check(BallotPaper paper, BallotChoices choices) {
        for (var entry : choices.points().entrySet()) {
            if (paper.item(entry.getKey()).isEmpty()) {
                throw new BallotRejectedException(
                        INVALID_CHOICE,
                        "voting.invalid.unknown-item",
                        "initiative " + entry.getKey() + " is not on the ballot");
            }
            if (paper.format() != BallotFormat.CUMULATIVE && entry.getValue() != 1) {
                throw new BallotRejectedException(
                        INVALID_CHOICE, "voting.invalid.one-point", "a tick counts 1, got " + entry.getValue());
            }
        }
        switch (paper.format()) {
            case APPROVAL, KNAPSACK -> checkCount(paper, choices);
            case CUMULATIVE -> checkPoints(paper, choices);
        }
        if (paper.format() == BallotFormat.KNAPSACK && choices.totalCost(paper).compareTo(paper.budget()) > 0) {
            throw new BallotRejectedException(
                    INVALID_CHOICE,
                    "voting.invalid.over-budget",
                    "the chosen initiatives cost more than the budget "
                            + paper.budget().toPlainString(),
                    paper.budget());
        }
    }

    private static void checkCount(BallotPaper paper, BallotChoices choices) {
        if (choices.count() < paper.minChoices()) {
            throw new BallotRejectedException(
                    INVALID_CHOICE,
                    "voting.invalid.too-few",
                    "choose at least " + paper.minChoices(),
                    paper.minChoices());
        }
        if (choices.count() > paper.maxChoices()) {
            throw new BallotRejectedException(
                    INVALID_CHOICE,
                    "voting.invalid.too-many",
                    "choose at most " + paper.maxChoices(),
                    paper.maxChoices());
        }
    }

    private static void checkPoints(BallotPaper paper, BallotChoices choices) {
        if (choices.totalPoints() < 1) {
            throw new BallotRejectedException(INVALID_CHOICE, "voting.invalid.no-points", "no points given");
        }
        if (choices.totalPoints() > paper.points()) {
            throw new BallotRejectedException(
                    INVALID_CHOICE,
                    "voting.invalid.too-many-points",
                    "at most " + paper.points() + " points, got " + choices.totalPoints(),
                    paper.points());
        }
    }
}
