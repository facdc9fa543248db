package org.reintegration.portal.grant.repository;

import static org.reintegration.portal.base.jooq.Tables.GRANT_AGREEMENT;
import static org.reintegration.portal.base.jooq.Tables.GRANT_BUDGET_LINE;
import static org.reintegration.portal.base.jooq.Tables.GRANT_DISBURSEMENT;
import static org.reintegration.portal.base.jooq.Tables.GRANT_EXPENDITURE_LINE;
import static org.reintegration.portal.base.jooq.Tables.GRANT_EXPENDITURE_REPORT;
import static org.reintegration.portal.base.jooq.Tables.GRANT_PROJECT;
import static org.reintegration.portal.base.jooq.Tables.GRANT_TRANCHE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.reintegration.portal.grant.DisbursementStatus;
import org.reintegration.portal.grant.GrantDashboard;
import org.reintegration.portal.grant.GrantStatus;
import org.reintegration.portal.grant.GranteeKind;
import org.reintegration.portal.grant.ProgrammeLine;
import org.reintegration.portal.grant.ReportStatus;
import org.reintegration.portal.grant.Tranche;
import org.springframework.stereotype.Repository;

/**
 * The programme's grant figures added up by the database, so that the dashboard reads a few rows whatever the
 * number of grants: the same sums as {@link org.reintegration.portal.grant.GrantFigures} makes of one grant's
 * rows.
 */
@Repository
public class GrantFiguresRepository {

    private final DSLContext db;

    GrantFiguresRepository(DSLContext db) {
        this.db = db;
    }

    /** How many grants stand at each status (every status present, zero when none). */
    public Map<GrantStatus, Integer> countByStatus() {
        Map<GrantStatus, Integer> counts = new EnumMap<>(GrantStatus.class);
        for (GrantStatus status : GrantStatus.values()) {
            counts.put(status, 0);
        }
        db.select(GRANT_AGREEMENT.STATUS, DSL.count())
                .from(GRANT_AGREEMENT)
                .groupBy(GRANT_AGREEMENT.STATUS)
                .forEach(r -> counts.put(GrantStatus.valueOf(r.value1()), r.value2()));
        return counts;
    }

    /**
     * Per currency of any grant: the amounts of committed grants, what released disbursements paid, and what
     * accepted expenditure reports record; by currency code.
     */
    public List<GrantDashboard.Totals> totals(Collection<GrantStatus> committed) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        db.selectDistinct(GRANT_AGREEMENT.CURRENCY)
                .from(GRANT_AGREEMENT)
                .forEach(r ->
                        sums.put(r.value1(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO}));
        db.select(GRANT_AGREEMENT.CURRENCY, DSL.sum(GRANT_AGREEMENT.AMOUNT))
                .from(GRANT_AGREEMENT)
                .where(GRANT_AGREEMENT.STATUS.in(
                        committed.stream().map(Enum::name).toList()))
                .groupBy(GRANT_AGREEMENT.CURRENCY)
                .forEach(r -> sums.get(r.value1())[0] = r.value2());
        db.select(GRANT_AGREEMENT.CURRENCY, DSL.sum(GRANT_DISBURSEMENT.AMOUNT))
                .from(GRANT_DISBURSEMENT)
                .join(GRANT_AGREEMENT)
                .on(GRANT_AGREEMENT.ID.eq(GRANT_DISBURSEMENT.GRANT_ID))
                .where(GRANT_DISBURSEMENT.STATUS.eq(DisbursementStatus.RELEASED.name()))
                .groupBy(GRANT_AGREEMENT.CURRENCY)
                .forEach(r -> sums.get(r.value1())[1] = r.value2());
        db.select(GRANT_AGREEMENT.CURRENCY, DSL.sum(GRANT_EXPENDITURE_LINE.AMOUNT))
                .from(GRANT_EXPENDITURE_LINE)
                .join(GRANT_EXPENDITURE_REPORT)
                .on(GRANT_EXPENDITURE_REPORT.ID.eq(GRANT_EXPENDITURE_LINE.REPORT_ID))
                .join(GRANT_AGREEMENT)
                .on(GRANT_AGREEMENT.ID.eq(GRANT_EXPENDITURE_REPORT.GRANT_ID))
                .where(GRANT_EXPENDITURE_REPORT.STATUS.eq(ReportStatus.ACCEPTED.name()))
                .groupBy(GRANT_AGREEMENT.CURRENCY)
                .forEach(r -> sums.get(r.value1())[2] = r.value2());
        return sums.entrySet().stream()
                .map(e -> new GrantDashboard.Totals(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /**
     * The grants with a budget line on which accepted expenditure reports record more than the line's amount
     * plus the grant's tolerance.
     */
    public List<Long> overspent() {
        var spentByLine = db.select(
                        GRANT_EXPENDITURE_LINE.BUDGET_LINE_ID,
                        DSL.sum(GRANT_EXPENDITURE_LINE.AMOUNT).as("spent"))
                .from(GRANT_EXPENDITURE_LINE)
                .join(GRANT_EXPENDITURE_REPORT)
                .on(GRANT_EXPENDITURE_REPORT.ID.eq(GRANT_EXPENDITURE_LINE.REPORT_ID))
                .where(GRANT_EXPENDITURE_REPORT.STATUS.eq(ReportStatus.ACCEPTED.name()))
                .groupBy(GRANT_EXPENDITURE_LINE.BUDGET_LINE_ID)
                .asTable("spent_by_line");
        Field<BigDecimal> spent = spentByLine.field("spent", BigDecimal.class);
        return db.selectDistinct(GRANT_BUDGET_LINE.GRANT_ID)
                .from(GRANT_BUDGET_LINE)
                .join(GRANT_AGREEMENT)
                .on(GRANT_AGREEMENT.ID.eq(GRANT_BUDGET_LINE.GRANT_ID))
                .join(spentByLine)
                .on(spentByLine.field(GRANT_EXPENDITURE_LINE.BUDGET_LINE_ID).eq(GRANT_BUDGET_LINE.ID))
                .where(beyondTolerance(spent))
                .fetch(GRANT_BUDGET_LINE.GRANT_ID);
    }

    /**
     * Whether what is spent on a budget line passes its amount plus its grant's tolerance, as {@link
     * org.reintegration.portal.grant.GrantFigures#balance} flags it: spent > amount × (1 + tolerance / 100),
     * without a division. A line with nothing spent (null) is never beyond.
     */
    private static Condition beyondTolerance(Field<BigDecimal> spent) {
        return spent.mul(100).gt(GRANT_BUDGET_LINE.AMOUNT.mul(DSL.val(100).plus(GRANT_AGREEMENT.TOLERANCE_PERCENT)));
    }

    /**
     * At most {@code limit} grants older than the one given (null: from the newest), newest first, each with
     * the sums {@link org.reintegration.portal.grant.GrantFigures#balance} makes of its rows: budgeted,
     * disbursed, spent and the overspending flag, added up by the database in the same query, and the projects
     * in a second one. What the programme CSV writes, without reading a line, disbursement or report as a row.
     */
    public List<ProgrammeLine> programmeLines(Long olderThan, int limit) {
        Field<BigDecimal> budgeted = DSL.field(DSL.select(DSL.sum(GRANT_BUDGET_LINE.AMOUNT))
                .from(GRANT_BUDGET_LINE)
                .where(GRANT_BUDGET_LINE.GRANT_ID.eq(GRANT_AGREEMENT.ID)));
        Field<BigDecimal> disbursed = DSL.field(DSL.select(DSL.sum(GRANT_DISBURSEMENT.AMOUNT))
                .from(GRANT_DISBURSEMENT)
                .where(GRANT_DISBURSEMENT.GRANT_ID.eq(GRANT_AGREEMENT.ID))
                .and(GRANT_DISBURSEMENT.STATUS.eq(DisbursementStatus.RELEASED.name())));
        Field<BigDecimal> spent = DSL.field(DSL.select(DSL.sum(GRANT_EXPENDITURE_LINE.AMOUNT))
                .from(GRANT_EXPENDITURE_LINE)
                .join(GRANT_EXPENDITURE_REPORT)
                .on(GRANT_EXPENDITURE_REPORT.ID.eq(GRANT_EXPENDITURE_LINE.REPORT_ID))
                .where(GRANT_EXPENDITURE_REPORT.GRANT_ID.eq(GRANT_AGREEMENT.ID))
                .and(GRANT_EXPENDITURE_REPORT.STATUS.eq(ReportStatus.ACCEPTED.name())));
        Field<BigDecimal> spentOnLine = DSL.field(DSL.select(DSL.sum(GRANT_EXPENDITURE_LINE.AMOUNT))
                .from(GRANT_EXPENDITURE_LINE)
                .join(GRANT_EXPENDITURE_REPORT)
                .on(GRANT_EXPENDITURE_REPORT.ID.eq(GRANT_EXPENDITURE_LINE.REPORT_ID))
                .where(GRANT_EXPENDITURE_LINE.BUDGET_LINE_ID.eq(GRANT_BUDGET_LINE.ID))
                .and(GRANT_EXPENDITURE_REPORT.STATUS.eq(ReportStatus.ACCEPTED.name())));
        Field<Boolean> flagged = DSL.field(DSL.exists(DSL.selectOne()
                .from(GRANT_BUDGET_LINE)
                .where(GRANT_BUDGET_LINE.GRANT_ID.eq(GRANT_AGREEMENT.ID))
                .and(beyondTolerance(spentOnLine))));
        var rows = db.select(
                        GRANT_AGREEMENT.ID,
                        GRANT_AGREEMENT.TITLE,
                        GRANT_AGREEMENT.GRANTEE_NAME,
                        GRANT_AGREEMENT.GRANTEE_KIND,
                        GRANT_AGREEMENT.STATUS,
                        GRANT_AGREEMENT.CURRENCY,
                        GRANT_AGREEMENT.AMOUNT,
                        GRANT_AGREEMENT.START_ON,
                        GRANT_AGREEMENT.END_ON,
                        budgeted,
                        disbursed,
                        spent,
                        flagged)
                .from(GRANT_AGREEMENT)
                .where(olderThan == null ? DSL.noCondition() : GRANT_AGREEMENT.ID.lt(olderThan))
                .orderBy(GRANT_AGREEMENT.ID.desc())
                .limit(limit)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> projects = new HashMap<>();
        db.select(GRANT_PROJECT.GRANT_ID, GRANT_PROJECT.PROJECT_ID)
                .from(GRANT_PROJECT)
                .where(GRANT_PROJECT.GRANT_ID.in(rows.getValues(GRANT_AGREEMENT.ID)))
                .orderBy(GRANT_PROJECT.GRANT_ID, GRANT_PROJECT.PROJECT_ID)
                .forEach(r -> projects.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(r.value2()));
        return rows.map(r -> new ProgrammeLine(
                r.value1(),
                r.value2(),
                r.value3(),
                GranteeKind.valueOf(r.value4()),
                GrantStatus.valueOf(r.value5()),
                r.value6(),
                r.value7(),
                r.value8(),
                r.value9(),
                List.copyOf(projects.getOrDefault(r.value1(), List.of())),
                zeroIfNone(r.value10()),
                zeroIfNone(r.value11()),
                zeroIfNone(r.value12()),
                r.value13()));
    }

    /** A sum over no rows, as Java adds up an empty list: zero without decimals. */
    private static BigDecimal zeroIfNone(BigDecimal sum) {
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /**
     * The tranches of grants at a status planned on or before a date that released disbursements have not
     * settled, by planned date, then newest grant, then tranche number.
     */
    public List<GrantDashboard.TrancheDue> unsettledTranches(
            GrantStatus status, LocalDate plannedUntil, LocalDate today) {
        Field<BigDecimal> released = DSL.sum(GRANT_DISBURSEMENT.AMOUNT);
        return db.select(
                        GRANT_AGREEMENT.ID,
                        GRANT_AGREEMENT.TITLE,
                        GRANT_AGREEMENT.CURRENCY,
                        GRANT_TRANCHE.ID,
                        GRANT_TRANCHE.NUMBER,
                        GRANT_TRANCHE.AMOUNT,
                        GRANT_TRANCHE.PLANNED_ON,
                        GRANT_TRANCHE.CONDITIONS,
                        released)
                .from(GRANT_TRANCHE)
                .join(GRANT_AGREEMENT)
                .on(GRANT_AGREEMENT.ID.eq(GRANT_TRANCHE.GRANT_ID))
                .leftJoin(GRANT_DISBURSEMENT)
                .on(GRANT_DISBURSEMENT.TRANCHE_ID.eq(GRANT_TRANCHE.ID))
                .and(GRANT_DISBURSEMENT.STATUS.eq(DisbursementStatus.RELEASED.name()))
                .where(GRANT_AGREEMENT.STATUS.eq(status.name()))
                .and(GRANT_TRANCHE.PLANNED_ON.le(plannedUntil))
                .groupBy(
                        GRANT_AGREEMENT.ID,
                        GRANT_AGREEMENT.TITLE,
                        GRANT_AGREEMENT.CURRENCY,
                        GRANT_TRANCHE.ID,
                        GRANT_TRANCHE.NUMBER,
                        GRANT_TRANCHE.AMOUNT,
                        GRANT_TRANCHE.PLANNED_ON,
                        GRANT_TRANCHE.CONDITIONS)
                .having(DSL.coalesce(released, BigDecimal.ZERO).lt(GRANT_TRANCHE.AMOUNT))
                .orderBy(GRANT_TRANCHE.PLANNED_ON, GRANT_AGREEMENT.ID.desc(), GRANT_TRANCHE.NUMBER)
                .fetch(r -> new GrantDashboard.TrancheDue(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        new Tranche(r.value4(), r.value5(), r.value6(), r.value7(), r.value8()),
                        r.value9() == null ? BigDecimal.ZERO : r.value9(),
                        r.value7().isBefore(today)));
    }

    /** A running grant's reporting rhythm and the reports it has that were not rejected. */
    public record ReportingState(
            long grantId,
            String title,
            LocalDate startOn,
            LocalDate endOn,
            int reportEveryMonths,
            int reportsCounted,
            boolean finalReportIn) {}

    /** The reporting state of every grant at one of these statuses, newest first. */
    public List<ReportingState> reportingStates(Collection<GrantStatus> statuses) {
        Field<Integer> counted = DSL.count(GRANT_EXPENDITURE_REPORT.ID);
        Field<Integer> finals =
                DSL.count(GRANT_EXPENDITURE_REPORT.ID).filterWhere(GRANT_EXPENDITURE_REPORT.FINAL_REPORT.isTrue());
        return db.select(
                        GRANT_AGREEMENT.ID,
                        GRANT_AGREEMENT.TITLE,
                        GRANT_AGREEMENT.START_ON,
                        GRANT_AGREEMENT.END_ON,
                        GRANT_AGREEMENT.REPORT_EVERY_MONTHS,
                        counted,
                        finals)
                .from(GRANT_AGREEMENT)
                .leftJoin(GRANT_EXPENDITURE_REPORT)
                .on(GRANT_EXPENDITURE_REPORT.GRANT_ID.eq(GRANT_AGREEMENT.ID))
                .and(GRANT_EXPENDITURE_REPORT.STATUS.ne(ReportStatus.REJECTED.name()))
                .where(GRANT_AGREEMENT.STATUS.in(
                        statuses.stream().map(Enum::name).toList()))
                .groupBy(
                        GRANT_AGREEMENT.ID,
                        GRANT_AGREEMENT.TITLE,
                        GRANT_AGREEMENT.START_ON,
                        GRANT_AGREEMENT.END_ON,
                        GRANT_AGREEMENT.REPORT_EVERY_MONTHS)
                .orderBy(GRANT_AGREEMENT.ID.desc())
                .fetch(r -> new ReportingState(
                        r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7() > 0));
    }
}
