package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.util.List;

/**
 * Budget against actual for a whole grant.
 *
 * @param amount    the grant's amount (what is committed once approved)
 * @param budgeted  the sum of its budget lines
 * @param disbursed what released disbursements paid
 * @param spent     what accepted expenditure reports record
 * @param flagged   true when any line is overspent beyond the tolerance
 */
public record GrantBalance(
        List<LineBalance> lines,
        BigDecimal amount,
        BigDecimal budgeted,
        BigDecimal disbursed,
        BigDecimal spent,
        boolean flagged) {}
