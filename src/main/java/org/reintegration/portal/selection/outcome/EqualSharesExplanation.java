package org.reintegration.portal.selection.outcome;

import java.math.BigDecimal;

/**
 * What equal shares did with a project. Decimal figures are rounded for display; the rule itself
 * decided on exact values.
 *
 * @param projectId      the project
 * @param cost           its cost
 * @param supporters     how many voters support it
 * @param status         whether it was bought and, if not, why
 * @param round          the round it was bought in, counting from 1; 0 if it was not bought
 * @param rho            the ρ it was bought at (each supporter paid at most ρ·cost); {@code null} if not bought
 * @param share          the most any supporter paid, ρ·cost; {@code null} if not bought
 * @param supportersMoney what its supporters had left at the end when it was not bought for lack of
 *                       money; {@code null} otherwise
 */
public record EqualSharesExplanation(
        String projectId,
        long cost,
        long supporters,
        Status status,
        int round,
        BigDecimal rho,
        BigDecimal share,
        BigDecimal supportersMoney)
        implements Explanation {

    /** Why a project ended as it did. */
    public enum Status {
        /** Bought: its supporters could share its cost. */
        SELECTED,
        /** Its supporters' remaining money was not enough to pay for it. */
        UNAFFORDABLE,
        /** Nobody voted for it. */
        NO_SUPPORTERS,
        /** It costs nothing, so under cost utility it brings no satisfaction for voters to pay for. */
        FREE
    }

    @Override
    public boolean selected() {
        return status == Status.SELECTED;
    }

    @Override
    public String describe() {
        return switch (status) {
            case SELECTED ->
                "chosen in round " + round + " at ρ = " + rho.toPlainString() + ": each of its " + supporters
                        + " supporters paid at most " + share.toPlainString() + " towards its cost of " + cost;
            case UNAFFORDABLE ->
                "not selected: its " + supporters + " supporters had only " + supportersMoney.toPlainString()
                        + " left, less than its cost of " + cost;
            case NO_SUPPORTERS -> "not selected: nobody voted for it";
            case FREE -> "not selected by equal shares: it costs nothing, so there is nothing to share";
        };
    }
}
