package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The programme's grants at a glance.
 *
 * @param byStatus       how many grants stand at each status
 * @param totals         money committed, disbursed and spent, per currency
 * @param tranchesDue    unsettled tranches of running grants planned within {@link GrantFigures#DUE_WITHIN_DAYS} days
 *                       or earlier
 * @param reportsOverdue running grants whose next expenditure report is late
 * @param flagged        grants with a budget line overspent beyond its tolerance
 */
public record GrantDashboard(
        Map<GrantStatus, Integer> byStatus,
        List<Totals> totals,
        List<TrancheDue> tranchesDue,
        List<ReportDue> reportsOverdue,
        List<GrantSummary> flagged) {

    public record Totals(String currency, BigDecimal committed, BigDecimal disbursed, BigDecimal spent) {}

    /** @param released what has been released of the tranche so far */
    public record TrancheDue(
            long grantId, String grantTitle, String currency, Tranche tranche, BigDecimal released, boolean overdue) {}

    public record ReportDue(long grantId, String grantTitle, LocalDate dueOn) {}
}
