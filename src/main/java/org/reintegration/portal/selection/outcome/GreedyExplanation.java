package org.reintegration.portal.selection.outcome;

import java.math.BigDecimal;

/**
 * What the greedy walk did with a project.
 *
 * @param projectId  the project
 * @param cost       its cost
 * @param support    the votes it received, or the points in a cumulative election
 * @param unit       what {@code support} counts: "votes" or "points"
 * @param budgetLeft the money still unspent when the walk reached the project
 * @param selected   whether it fitted and was taken
 */
public record GreedyExplanation(
        String projectId, long cost, long support, String unit, BigDecimal budgetLeft, boolean selected)
        implements Explanation {

    @Override
    public String describe() {
        String context =
                support + " " + unit + ", cost " + cost + ", " + budgetLeft.toPlainString() + " left when considered";
        return context + (selected ? ": selected" : ": did not fit");
    }
}
