package org.reintegration.portal.selection.result;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a round decided for one initiative on its ballot.
 *
 * @param selectionOrder the order the rule selected it in, from 1; {@code null} when not selected
 * @param support        voters who chose it (approval, knapsack) or points given (cumulative)
 */
public record InitiativeResult(
        long initiativeId,
        String title,
        String dimension,
        boolean selected,
        Integer selectionOrder,
        int support,
        BigDecimal cost,
        ResultExplanation why) {

    public InitiativeResult {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(why, "why");
        if (support < 0) {
            throw new IllegalArgumentException("support cannot be negative");
        }
    }
}
