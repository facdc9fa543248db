package org.reintegration.portal.selection.voting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;

/**
 * A round's ballot and the rules for filling it in, read from the round's own tables.
 *
 * @param minChoices approval and knapsack: the fewest initiatives a voter must tick (at least 1)
 * @param maxChoices approval and knapsack: the most initiatives a voter may tick
 * @param points     cumulative: the points each voter distributes; 0 for other formats
 * @param outcomeRule the Pabulib name of the rule that decides the outcome (greedy, mes, ...)
 * @param items      the initiatives, in ballot order
 */
public record BallotPaper(
        long roundId,
        String roundName,
        Phase phase,
        BallotFormat format,
        int minChoices,
        int maxChoices,
        int points,
        BigDecimal budget,
        String currency,
        String outcomeRule,
        String slipLanguage,
        List<BallotItem> items) {

    public BallotPaper {
        Objects.requireNonNull(roundName, "roundName");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(budget, "budget");
        items = List.copyOf(items);
        if (minChoices < 1 || maxChoices < minChoices) {
            throw new IllegalArgumentException(
                    "choices must satisfy 1 <= min <= max: " + minChoices + ", " + maxChoices);
        }
        if (format == BallotFormat.CUMULATIVE && points < 1) {
            throw new IllegalArgumentException("a cumulative ballot needs points to distribute");
        }
    }

    public Optional<BallotItem> item(long initiativeId) {
        return items.stream().filter(i -> i.initiativeId() == initiativeId).findFirst();
    }

    public boolean isOpen() {
        return phase == Phase.VOTING;
    }

    /** The paper as the public sees it: confidential initiatives without their details. */
    public BallotPaper forPublic() {
        return new BallotPaper(
                roundId,
                roundName,
                phase,
                format,
                minChoices,
                maxChoices,
                points,
                budget,
                currency,
                outcomeRule,
                slipLanguage,
                items.stream().map(BallotItem::withoutConfidentialDetails).toList());
    }
}
