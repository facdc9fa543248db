package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.grant.repository.GrantEventRepository;
import org.reintegration.portal.grant.repository.GrantFiguresRepository;
import org.reintegration.portal.grant.repository.GrantMoneyRepository;
import org.reintegration.portal.grant.repository.GrantRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community grants, for staff only: agreements and their lifecycle (draft → submitted → approved → active ⇄
 * suspended → closed), budget lines, tranches, disbursements and expenditure reports with receipts.
 *
 * <p>Every money step needs two people: whoever submitted a grant, prepared a disbursement or entered an
 * expenditure report cannot approve, release or review it. Every change appends an event to the grant's audit
 * trail in the same transaction; nothing here changes or removes an event. A refused step raises {@link
 * InvalidInputException} (mostly {@link InvalidFieldException} with a message key) and changes nothing.
 *
 * <p>This is the capability's API: each method is one transaction. The rules of each use case live in the
 * class it hands the work to: {@link GrantDrafts} (a draft and its budget), {@link GrantLifecycle} (status
 * steps), {@link Disbursements} (tranches paid out), {@link ExpenditureReports} (reports and receipts), with
 * {@link GrantSteps} for what every step shares: the two-person rule and the audit trail.
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class GrantService {

    private static final int BATCH = 500;

    private final GrantRepository grants;
    private final GrantMoneyRepository money;
    private final GrantEventRepository events;
    private final GrantFiguresRepository figures;
    private final GrantDrafts drafts;
    private final GrantLifecycle lifecycle;
    private final Disbursements disbursements;
    private final ExpenditureReports reports;
    private final GrantSteps steps;
    private final String programmeCurrency;

    GrantService(
            GrantRepository grants,
            GrantMoneyRepository money,
            GrantEventRepository events,
            GrantFiguresRepository figures,
            GrantDrafts drafts,
            GrantLifecycle lifecycle,
            Disbursements disbursements,
            ExpenditureReports reports,
            GrantSteps steps,
            @Value("${portal.programme.currency:GNF}") String programmeCurrency) {
        this.grants = grants;
        this.money = money;
        this.events = events;
        this.figures = figures;
        this.drafts = drafts;
        this.lifecycle = lifecycle;
        this.disbursements = disbursements;
        this.reports = reports;
        this.steps = steps;
        this.programmeCurrency = programmeCurrency;
    }

    /** The currency new grants start with ({@code portal.programme.currency}, GNF unless set). */
    public String programmeCurrency() {
        return programmeCurrency;
    }

    // ---- agreements and their budget (drafts only change) ---------------------------------------------------

    /** Records a draft grant. @throws InvalidInputException when a project does not exist */
    @Transactional
    public Grant create(GrantData data) {
        return drafts.create(data);
    }

    /** Changes a draft grant; only drafts change. */
    @Transactional
    public Grant update(long id, GrantData data) {
        return drafts.update(id, data);
    }

    @Transactional(readOnly = true)
    public Grant get(long id) {
        return steps.grant(id);
    }

    /** Grants with their money figures, newest first; status null for all. */
    @Transactional(readOnly = true)
    public List<GrantSummary> list(GrantStatus status) {
        return summaries(grants.findAll(status));
    }

    /** One page of {@link #list(GrantStatus)}: the database filters and pages, then figures for that page only. */
    @Transactional(readOnly = true)
    public List<GrantSummary> list(GrantStatus status, int offset, int limit) {
        return summaries(grants.findPage(status, Math.max(0, offset), Math.clamp(limit, 0, 500)));
    }

    /** How many grants {@link #list(GrantStatus)} would give. */
    @Transactional(readOnly = true)
    public int count(GrantStatus status) {
        return grants.count(status);
    }

    /** The grants that fund a project, oldest first. */
    @Transactional(readOnly = true)
    public List<Grant> grantsOfProject(long projectId) {
        return grants.findByProject(projectId);
    }

    @Transactional
    public void addBudgetLine(long grantId, BudgetLine line) {
        drafts.addBudgetLine(grantId, line);
    }

    @Transactional
    public void removeBudgetLine(long grantId, long lineId) {
        drafts.removeBudgetLine(grantId, lineId);
    }

    @Transactional(readOnly = true)
    public List<BudgetLine> budgetLines(long grantId) {
        return grants.budgetLines(grantId);
    }

    @Transactional
    public void addTranche(long grantId, Tranche tranche) {
        drafts.addTranche(grantId, tranche);
    }

    @Transactional
    public void removeTranche(long grantId, long trancheId) {
        drafts.removeTranche(grantId, trancheId);
    }

    @Transactional(readOnly = true)
    public List<Tranche> tranches(long grantId) {
        return grants.tranches(grantId);
    }

    // ---- lifecycle ------------------------------------------------------------------------------------------

    /**
     * Submits a draft for approval. It needs budget lines and tranches that each add up to the grant's amount.
     */
    @Transactional
    public Grant submit(long id) {
        return lifecycle.submit(id);
    }

    /** Sends a submitted grant back to draft for changes. */
    @Transactional
    public Grant returnToDraft(long id, String reason) {
        return lifecycle.returnToDraft(id, reason);
    }

    /** Approves a submitted grant: a second staff member, neither its preparer nor its submitter. */
    @Transactional
    public Grant approve(long id) {
        return lifecycle.approve(id);
    }

    /** Starts an approved grant once the agreement is signed. */
    @Transactional
    public Grant activate(long id) {
        return lifecycle.activate(id);
    }

    @Transactional
    public Grant suspend(long id, String reason) {
        return lifecycle.suspend(id, reason);
    }

    @Transactional
    public Grant resume(long id) {
        return lifecycle.resume(id);
    }

    /**
     * Closes a running grant: every tranche settled (released in full), no disbursement or report waiting for a
     * decision, and an accepted final expenditure report.
     */
    @Transactional
    public Grant close(long id) {
        return lifecycle.close(id);
    }

    // ---- disbursements (two people) -------------------------------------------------------------------------

    /**
     * Prepares a disbursement from a tranche of an active grant; it waits for a second person to release it.
     * What is prepared or released from a tranche never passes its amount, however many people prepare at
     * once: the tranche's row is locked while the rest is checked, and written, so that transactions on
     * different Galera nodes conflict at certification as well (see ADR 0008).
     */
    @Transactional
    public Disbursement prepareDisbursement(long grantId, long trancheId, BigDecimal amount, String note) {
        return disbursements.prepare(grantId, trancheId, amount, note);
    }

    /**
     * Releases a prepared disbursement: a second staff member, not the one who prepared it. The tranche is
     * locked and checked again: what is released from it never passes its amount. Before the tranche's
     * planned date a reason is required; it is recorded in the audit trail.
     *
     * @param earlyReason why the money goes out before the planned date; ignored on or after that date
     */
    @Transactional
    public Disbursement releaseDisbursement(long disbursementId, String earlyReason) {
        return disbursements.release(disbursementId, earlyReason);
    }

    /** Whether releasing from the tranche today comes before its planned date, and so needs a reason. */
    @Transactional(readOnly = true)
    public boolean releaseIsEarly(Tranche tranche) {
        return disbursements.isEarly(tranche);
    }

    /** Cancels a prepared disbursement (its preparer may withdraw it, or anyone may refuse it). */
    @Transactional
    public Disbursement cancelDisbursement(long disbursementId, String reason) {
        return disbursements.cancel(disbursementId, reason);
    }

    @Transactional(readOnly = true)
    public List<Disbursement> disbursements(long grantId) {
        return money.disbursements(grantId);
    }

    // ---- expenditure reports (two people) -------------------------------------------------------------------

    /**
     * Enters an expenditure report of a running grant with its receipts; it waits for a second person's review.
     * The period must have ended (its last day is today at the latest): what is reported is money spent.
     * Receipts are checked ({@link ReceiptFile#check}) before anything is stored.
     */
    @Transactional
    public ExpenditureReport enterReport(long grantId, ReportData data, List<ReceiptFile> files) {
        return reports.enter(grantId, data, files);
    }

    /** Adds a receipt to a report that is not yet reviewed. */
    @Transactional
    public Receipt addReceipt(long reportId, ReceiptFile file) {
        return reports.addReceipt(reportId, file);
    }

    /** Accepts an entered report: a second staff member, not the one who entered it. */
    @Transactional
    public ExpenditureReport acceptReport(long reportId, String note) {
        return reports.review(reportId, ReportStatus.ACCEPTED, EventKind.REPORT_ACCEPTED, note);
    }

    /** Rejects an entered report (it no longer counts); a second staff member, not the one who entered it. */
    @Transactional
    public ExpenditureReport rejectReport(long reportId, String note) {
        return reports.review(reportId, ReportStatus.REJECTED, EventKind.REPORT_REJECTED, note);
    }

    @Transactional(readOnly = true)
    public List<ExpenditureReport> reports(long grantId) {
        return money.reports(grantId);
    }

    /** A receipt's file, for staff to download. */
    @Transactional(readOnly = true)
    public ReceiptDownload receipt(long receiptId) {
        return reports.receipt(receiptId);
    }

    // ---- figures and trail ----------------------------------------------------------------------------------

    /** Budget against actual per line and for the grant, with overspending flagged. */
    @Transactional(readOnly = true)
    public GrantBalance balance(long grantId) {
        return GrantFigures.balance(
                get(grantId), grants.budgetLines(grantId), money.disbursements(grantId), money.reports(grantId));
    }

    /**
     * Every grant with its figures, newest first, handed over a few hundred at a time: what an export writes as
     * it reads, holding one batch in memory whatever the number of grants. One read-only transaction, so the
     * batches are one consistent picture.
     */
    @Transactional(readOnly = true)
    public void forEachProgrammeLine(Consumer<ProgrammeLine> each) {
        Long last = null;
        List<ProgrammeLine> batch;
        do {
            batch = figures.programmeLines(last, BATCH);
            batch.forEach(each);
            last = batch.isEmpty() ? null : batch.getLast().id();
        } while (batch.size() == BATCH);
    }

    /** The grant's audit trail, oldest first. */
    @Transactional(readOnly = true)
    public List<GrantEvent> events(long grantId) {
        return events.events(grantId);
    }

    /**
     * Checks the grant's audit trail against its hash chain: which event, if any, was changed, removed or added
     * behind the portal's back since it was recorded. See {@link EventChain} and ADR 0008.
     */
    @Transactional(readOnly = true)
    public TrailCheck checkTrail(long grantId) {
        return EventChain.verify(events.links(grantId), events.head(grantId));
    }

    /** When the grant's next expenditure report is due, or null; see {@link GrantFigures#nextReportDue}. */
    @Transactional(readOnly = true)
    public LocalDate nextReportDue(long grantId) {
        return GrantFigures.nextReportDue(get(grantId), money.reports(grantId));
    }

    /** The programme's grants at a glance. */
    @Transactional(readOnly = true)
    public GrantDashboard dashboard() {
        LocalDate today = steps.today();
        // the database adds up; only the grants named on the dashboard are read as rows
        List<GrantDashboard.TrancheDue> due =
                figures.unsettledTranches(GrantStatus.ACTIVE, today.plusDays(GrantFigures.DUE_WITHIN_DAYS), today);
        List<GrantDashboard.ReportDue> late = new ArrayList<>();
        for (GrantFiguresRepository.ReportingState state :
                figures.reportingStates(List.of(GrantStatus.ACTIVE, GrantStatus.SUSPENDED))) {
            LocalDate next = state.finalReportIn()
                    ? null
                    : GrantFigures.nextReportDue(
                            state.startOn(), state.endOn(), state.reportEveryMonths(), state.reportsCounted());
            if (next != null && next.isBefore(today)) {
                late.add(new GrantDashboard.ReportDue(state.grantId(), state.title(), next));
            }
        }
        late.sort(Comparator.comparing(GrantDashboard.ReportDue::dueOn));
        List<GrantSummary> flagged = summaries(grants.findAll(figures.overspent()));
        return new GrantDashboard(
                figures.countByStatus(),
                figures.totals(Arrays.stream(GrantStatus.values())
                        .filter(GrantStatus::isCommitted)
                        .toList()),
                due,
                late,
                flagged);
    }

    /** The grants with their figures, in their order, from one read of each kind of row for all of them. */
    private List<GrantSummary> summaries(List<Grant> found) {
        List<Long> ids = found.stream().map(Grant::id).toList();
        Map<Long, List<BudgetLine>> lines = grants.budgetLinesByGrant(ids);
        Map<Long, List<Disbursement>> paid = byGrant(money.disbursementsOf(ids), Disbursement::grantId);
        Map<Long, List<ExpenditureReport>> reported = byGrant(money.reportsOf(ids), ExpenditureReport::grantId);
        return found.stream()
                .map(g -> {
                    GrantBalance balance = GrantFigures.balance(
                            g,
                            lines.getOrDefault(g.id(), List.of()),
                            paid.getOrDefault(g.id(), List.of()),
                            reported.getOrDefault(g.id(), List.of()));
                    return new GrantSummary(g, balance.disbursed(), balance.spent(), balance.flagged());
                })
                .toList();
    }

    private static <T> Map<Long, List<T>> byGrant(List<T> items, ToLongFunction<T> grantOf) {
        Map<Long, List<T>> map = new HashMap<>();
        items.forEach(i -> map.computeIfAbsent(grantOf.applyAsLong(i), k -> new ArrayList<>())
                .add(i));
        return map;
    }
}
