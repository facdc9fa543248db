package org.reintegration.portal.selection.voting;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a voter chose: points per initiative id. Approval and knapsack ballots give 1 to each ticked
 * initiative; a cumulative ballot gives the points the voter put there. Initiatives given nothing are
 * left out.
 */
public record BallotChoices(Map<Long, Integer> points) {

    public BallotChoices {
        TreeMap<Long, Integer> copy = new TreeMap<>();
        points.forEach((id, value) -> {
            if (id == null || value == null) {
                throw new BallotRejectedException(
                        BallotRejectedException.Reason.INVALID_CHOICE, "voting.invalid.unknown-item", "empty choice");
            }
            if (value < 0) {
                throw new BallotRejectedException(
                        BallotRejectedException.Reason.INVALID_CHOICE,
                        "voting.invalid.negative",
                        "negative points for " + id);
            }
            if (value > 0) {
                copy.put(id, value);
            }
        });
        points = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /** An approval or knapsack ballot ticking the given initiatives. */
    public static BallotChoices ticking(Collection<Long> initiativeIds) {
        Map<Long, Integer> points = new TreeMap<>();
        initiativeIds.forEach(id -> points.put(id, 1));
        return new BallotChoices(points);
    }

    public int count() {
        return points.size();
    }

    public int totalPoints() {
        return points.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** What the ticked initiatives cost together on this ballot paper (unknown ones count nothing). */
    public BigDecimal totalCost(BallotPaper paper) {
        return points.keySet().stream()
                .map(id -> paper.item(id).map(BallotItem::cost).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
