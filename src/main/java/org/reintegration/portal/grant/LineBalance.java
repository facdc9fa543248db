package org.reintegration.portal.grant;

import java.math.BigDecimal;

/**
 * Budget against actual for one budget line.
 *
 * @param spent      what accepted expenditure reports record against the line
 * @param overspent  true when spending passes the line's amount by more than the grant's tolerance
 */
public record LineBalance(BudgetLine line, BigDecimal spent, boolean overspent) {

    /** Spent minus budgeted: positive when over budget. */
    public BigDecimal variance() {
        return spent.subtract(line.amount());
    }
}
