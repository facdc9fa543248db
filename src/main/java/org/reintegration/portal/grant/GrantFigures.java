package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sums of a grant's money: pure arithmetic on what the repositories read, no database, no Spring. */
public final class GrantFigures {

    /** Tranches planned within this many days count as due. */
    public static final int DUE_WITHIN_DAYS = 30;

    private GrantFigures() {}

    /** What released disbursements of the grant paid. */
    public static BigDecimal disbursed(List<Disbursement> disbursements) {
        return disbursements.stream()
                .filter(d -> d.status() == DisbursementStatus.RELEASED)
                .map(Disbursement::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What released disbursements paid out of one tranche. */
    public static BigDecimal released(Tranche tranche, List<Disbursement> disbursements) {
        return disbursed(disbursements.stream()
                .filter(d -> d.trancheId() == tranche.id())
                .toList());
    }

    /** What is prepared or released from a tranche: what may not be prepared again. */
    public static BigDecimal claimed(Tranche tranche, List<Disbursement> disbursements) {
        return disbursements.stream()
                .filter(d -> d.trancheId() == tranche.id() && d.status() != DisbursementStatus.CANCELLED)
                .map(Disbursement::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static boolean settled(Tranche tranche, List<Disbursement> disbursements) {
        return released(tranche, disbursements).compareTo(tranche.amount()) >= 0;
    }

    public static GrantBalance balance(
            Grant grant, List<BudgetLine> lines, List<Disbursement> disbursements, List<ExpenditureReport> reports) {
        Map<Long, BigDecimal> spentByLine = new TreeMap<>();
        for (ExpenditureReport report : reports) {
            if (report.status() == ReportStatus.ACCEPTED) {
                report.spent().forEach((line, amount) -> spentByLine.merge(line, amount, BigDecimal::add));
            }
        }
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(grant.data().tolerancePercent(), 2));
        List<LineBalance> balances = new ArrayList<>();
        boolean flagged = false;
        for (BudgetLine line : lines) {
            BigDecimal spent = spentByLine.getOrDefault(line.id(), BigDecimal.ZERO.setScale(2));
            boolean over = spent.compareTo(line.amount().multiply(factor)) > 0;
            flagged |= over;
            balances.add(new LineBalance(line, spent, over));
        }
        BigDecimal budgeted = lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = spentByLine.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new GrantBalance(
                List.copyOf(balances), grant.data().amount(), budgeted, disbursed(disbursements), spent, flagged);
    }

    /**
     * When the grant's next expenditure report is due: every {@code reportEveryMonths} after the start, counting
     * the reports not rejected so far, and no later than the end; null once a final report is in or the grant is not
     * running.
     */
    public static LocalDate nextReportDue(Grant grant, List<ExpenditureReport> reports) {
        if (grant.status() != GrantStatus.ACTIVE && grant.status() != GrantStatus.SUSPENDED) {
            return null;
        }
        List<ExpenditureReport> counted = reports.stream()
                .filter(r -> r.status() != ReportStatus.REJECTED)
                .toList();
        if (counted.stream().anyMatch(ExpenditureReport::finalReport)) {
            return null;
        }
        return nextReportDue(
                grant.data().startOn(), grant.data().endOn(), grant.data().reportEveryMonths(), counted.size());
    }

    /**
     * When the next report of a running grant without a final report is due, given how many of its reports were
     * not rejected: every {@code reportEveryMonths} after the start, no later than the end.
     */
    public static LocalDate nextReportDue(LocalDate startOn, LocalDate endOn, int reportEveryMonths, int counted) {
        LocalDate due = startOn.plusMonths((long) reportEveryMonths * (counted + 1));
        return due.isAfter(endOn) ? endOn : due;
    }

    public static Map<GrantStatus, Integer> countByStatus(List<Grant> grants) {
        Map<GrantStatus, Integer> counts = new EnumMap<>(GrantStatus.class);
        for (GrantStatus status : GrantStatus.values()) {
            counts.put(status, 0);
        }
        grants.forEach(g -> counts.merge(g.status(), 1, Integer::sum));
        return counts;
    }
}
