package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One grant as the programme CSV shows it: the agreement's main terms and the sums {@link GrantFigures#balance}
 * makes of its rows, added up by the database.
 *
 * @param projectIds the projects it funds, in ascending order
 * @param budgeted   the sum of its budget lines
 * @param disbursed  what released disbursements paid
 * @param spent      what accepted expenditure reports record
 * @param flagged    true when any line is overspent beyond the tolerance
 */
public record ProgrammeLine(
        long id,
        String title,
        String granteeName,
        GranteeKind granteeKind,
        GrantStatus status,
        String currency,
        BigDecimal amount,
        LocalDate startOn,
        LocalDate endOn,
        List<Long> projectIds,
        BigDecimal budgeted,
        BigDecimal disbursed,
        BigDecimal spent,
        boolean flagged) {}
