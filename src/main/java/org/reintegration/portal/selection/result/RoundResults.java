package org.reintegration.portal.selection.result;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.reintegration.portal.selection.round.BallotFormat;

/**
 * A round's computed outcome.
 *
 * @param initiatives every initiative on the ballot: the selected ones in selection order, then the
 *                    others by support
 */
public record RoundResults(
        long roundId,
        String roundName,
        BallotFormat format,
        String outcomeRule,
        BigDecimal budget,
        String currency,
        int ballots,
        List<InitiativeResult> initiatives) {

    public RoundResults {
        initiatives = initiatives.stream()
                .sorted(Comparator.comparing((InitiativeResult r) -> !r.selected())
                        .thenComparing(r -> r.selectionOrder() == null ? Integer.MAX_VALUE : r.selectionOrder())
                        .thenComparing(Comparator.comparingInt(InitiativeResult::support)
                                .reversed())
                        .thenComparingLong(InitiativeResult::initiativeId))
                .toList();
    }

    public List<InitiativeResult> selected() {
        return initiatives.stream().filter(InitiativeResult::selected).toList();
    }

    public BigDecimal totalCost() {
        return selected().stream().map(InitiativeResult::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal budgetLeft() {
        return budget.subtract(totalCost());
    }

    public int maxSupport() {
        return initiatives.stream().mapToInt(InitiativeResult::support).max().orElse(0);
    }
}
