package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.grant.repository.GrantEventRepository;
import org.reintegration.portal.grant.repository.GrantFiguresRepository;
import org.reintegration.portal.grant.repository.GrantMoneyRepository;
import org.reintegration.portal.grant.repository.GrantRepository;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
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
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class GrantService {

    private final GrantRepository grants;
    private final GrantMoneyRepository money;
    private final GrantEventRepository events;
    private final GrantFiguresRepository figures;
    private final ReceiptStore receipts;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String programmeCurrency;

    GrantService(
            GrantRepository grants,
            GrantMoneyRepository money,
            GrantEventRepository events,
            GrantFiguresRepository figures,
            ReceiptStore receipts,
            ProjectService projects,
            CurrentUser currentUser,
            Clock clock,
            @Value("${portal.programme.currency:GNF}") String programmeCurrency) {
        this.grants = grants;
        this.money = money;
        this.events = events;
        this.figures = figures;
        this.receipts = receipts;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
        this.programmeCurrency = programmeCurrency;
    }

    /** The currency new grants start with ({@code portal.programme.currency}, GNF unless set). */
    public String programmeCurrency() {
        return programmeCurrency;
    }

    // ---- agreements -------------------------------------------------------------------------------------

    /** Records a draft grant. @throws InvalidInputException when a project does not exist */
    @Transactional
    public Grant create(GrantData data) {
        checkProjects(data);
        long id = grants.insert(data, actor(), now());
        record(id, EventKind.CREATED, describe(data));
        return get(id);
    }

    /** Changes a draft grant; only drafts change. */
    @Transactional
    public Grant update(long id, GrantData data) {
        Grant existing = draft(id);
        checkProjects(data);
        grants.update(id, data, now());
        record(id, EventKind.CHANGED, GrantChanges.between(existing.data(), data));
        return get(id);
    }

    @Transactional(readOnly = true)
    public Grant get(long id) {
        return grants.find(id).orElseThrow(() -> new InvalidInputException("There is no grant " + id));
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

    /**
     * Every grant with its balance, newest first, handed over a few hundred at a time: what an export writes as
     * it reads, holding one batch in memory whatever the number of grants. One read-only transaction, so the
     * batches are one consistent picture.
     */
    @Transactional(readOnly = true)
    public void forEachBalance(BiConsumer<Grant, GrantBalance> each) {
        Long last = null;
        List<Grant> batch;
        do {
            batch = grants.findOlderThan(last, BATCH);
            figuresOf(batch).forEach(f -> each.accept(f.grant(), f.balance()));
            last = batch.isEmpty() ? null : batch.getLast().id();
        } while (batch.size() == BATCH);
    }

    private static final int BATCH = 500;

    private record Figures(Grant grant, GrantBalance balance) {}

    /** The balances of these grants, in their order, from one read of each kind of row for all of them. */
    private List<Figures> figuresOf(List<Grant> found) {
        List<Long> ids = found.stream().map(Grant::id).toList();
        Map<Long, List<BudgetLine>> lines = grants.budgetLinesByGrant(ids);
        Map<Long, List<Disbursement>> paid = byGrant(money.disbursementsOf(ids), Disbursement::grantId);
        Map<Long, List<ExpenditureReport>> reported = byGrant(money.reportsOf(ids), ExpenditureReport::grantId);
        return found.stream()
                .map(g -> new Figures(
                        g,
                        GrantFigures.balance(
                                g,
                                lines.getOrDefault(g.id(), List.of()),
                                paid.getOrDefault(g.id(), List.of()),
                                reported.getOrDefault(g.id(), List.of()))))
                .toList();
    }

    private List<GrantSummary> summaries(List<Grant> found) {
        return figuresOf(found).stream()
                .map(f -> new GrantSummary(
                        f.grant(),
                        f.balance().disbursed(),
                        f.balance().spent(),
                        f.balance().flagged()))
                .toList();
    }

    /** The grants that fund a project, oldest first. */
    @Transactional(readOnly = true)
    public List<Grant> grantsOfProject(long projectId) {
        return grants.findByProject(projectId);
    }

    // ---- budget lines and tranches (drafts only) --------------------------------------------------------

    @Transactional
    public void addBudgetLine(long grantId, BudgetLine line) {
        draft(grantId);
        long id = grants.insertBudgetLine(grantId, line);
        record(
                grantId,
                EventKind.BUDGET_LINE_ADDED,
                "line " + id + ": " + line.category() + ", " + line.description() + ", "
                        + line.amount().toPlainString());
    }

    @Transactional
    public void removeBudgetLine(long grantId, long lineId) {
        draft(grantId);
        if (!grants.deleteBudgetLine(grantId, lineId)) {
            throw new InvalidInputException("Grant " + grantId + " has no budget line " + lineId);
        }
        record(grantId, EventKind.BUDGET_LINE_REMOVED, "line " + lineId);
    }

    @Transactional(readOnly = true)
    public List<BudgetLine> budgetLines(long grantId) {
        return grants.budgetLines(grantId);
    }

    @Transactional
    public void addTranche(long grantId, Tranche tranche) {
        draft(grantId);
        long id = grants.insertTranche(grantId, tranche);
        record(
                grantId,
                EventKind.TRANCHE_ADDED,
                "tranche " + id + ": " + tranche.amount().toPlainString()
                        + " planned " + tranche.plannedOn()
                        + (tranche.conditions() == null ? "" : ", conditions: " + tranche.conditions()));
    }

    @Transactional
    public void removeTranche(long grantId, long trancheId) {
        draft(grantId);
        if (!grants.deleteTranche(grantId, trancheId)) {
            throw new InvalidInputException("Grant " + grantId + " has no tranche " + trancheId);
        }
        record(grantId, EventKind.TRANCHE_REMOVED, "tranche " + trancheId);
    }

    @Transactional(readOnly = true)
    public List<Tranche> tranches(long grantId) {
        return grants.tranches(grantId);
    }

    // ---- lifecycle ----------------------------------------------------------------------------------------

    /**
     * Submits a draft for approval. It needs budget lines and tranches that each add up to the grant's amount.
     */
    @Transactional
    public Grant submit(long id) {
        Grant grant = draft(id);
        BigDecimal amount = grant.data().amount();
        BigDecimal budgeted =
                sum(grants.budgetLines(id).stream().map(BudgetLine::amount).toList());
        BigDecimal planned =
                sum(grants.tranches(id).stream().map(Tranche::amount).toList());
        if (budgeted.compareTo(amount) != 0) {
            throw new InvalidFieldException(
                    "budget",
                    "grants.error.budget-sum",
                    "the budget lines add up to " + budgeted.toPlainString() + ", not the grant's "
                            + amount.toPlainString());
        }
        if (planned.compareTo(amount) != 0) {
            throw new InvalidFieldException(
                    "tranches",
                    "grants.error.tranche-sum",
                    "the tranches add up to " + planned.toPlainString() + ", not the grant's "
                            + amount.toPlainString());
        }
        return move(grant, GrantStatus.SUBMITTED, EventKind.SUBMITTED, "");
    }

    /** Sends a submitted grant back to draft for changes. */
    @Transactional
    public Grant returnToDraft(long id, String reason) {
        return move(get(id), GrantStatus.DRAFT, EventKind.RETURNED_TO_DRAFT, text(reason));
    }

    /** Approves a submitted grant: a second staff member, neither its preparer nor its submitter. */
    @Transactional
    public Grant approve(long id) {
        Grant grant = get(id);
        if (grant.status() == GrantStatus.SUBMITTED) {
            secondPerson(grant.submittedBy(), "grant " + id + " was submitted");
            secondPerson(grant.preparedBy(), "grant " + id + " was prepared");
        }
        return move(grant, GrantStatus.APPROVED, EventKind.APPROVED, "");
    }

    /** Starts an approved grant once the agreement is signed. */
    @Transactional
    public Grant activate(long id) {
        return move(get(id), GrantStatus.ACTIVE, EventKind.ACTIVATED, "");
    }

    @Transactional
    public Grant suspend(long id, String reason) {
        return move(get(id), GrantStatus.SUSPENDED, EventKind.SUSPENDED, text(reason));
    }

    @Transactional
    public Grant resume(long id) {
        Grant grant = get(id);
        return move(
                grant,
                GrantStatus.ACTIVE,
                grant.status() == GrantStatus.SUSPENDED ? EventKind.RESUMED : EventKind.ACTIVATED,
                "");
    }

    /**
     * Closes a running grant: every tranche settled (released in full), no disbursement or report waiting for a
     * decision, and an accepted final expenditure report.
     */
    @Transactional
    public Grant close(long id) {
        Grant grant = get(id);
        if (grant.status().mayMoveTo(GrantStatus.CLOSED)) {
            List<Disbursement> paid = money.disbursements(id);
            List<String> problems = new ArrayList<>();
            for (Tranche tranche : grants.tranches(id)) {
                if (!GrantFigures.settled(tranche, paid)) {
                    problems.add("tranche " + tranche.number() + " is not settled");
                }
            }
            if (paid.stream().anyMatch(d -> d.status() == DisbursementStatus.PREPARED)) {
                problems.add("a disbursement waits for release");
            }
            List<ExpenditureReport> reports = money.reports(id);
            if (reports.stream().anyMatch(r -> r.status() == ReportStatus.ENTERED)) {
                problems.add("an expenditure report waits for review");
            }
            if (reports.stream().noneMatch(r -> r.finalReport() && r.status() == ReportStatus.ACCEPTED)) {
                problems.add("there is no accepted final report");
            }
            if (!problems.isEmpty()) {
                throw new InvalidFieldException(
                        "status",
                        "grants.error.cannot-close",
                        "grant " + id + " cannot be closed: " + String.join("; ", problems));
            }
        }
        return move(grant, GrantStatus.CLOSED, EventKind.CLOSED, "");
    }

    // ---- disbursements ------------------------------------------------------------------------------------

    /**
     * Prepares a disbursement from a tranche of an active grant; it waits for a second person to release it.
     * What is prepared or released from a tranche never passes its amount, however many people prepare at
     * once: the tranche's row is locked while the rest is checked, and written, so that transactions on
     * different Galera nodes conflict at certification as well (see ADR 0008).
     */
    @Transactional
    public Disbursement prepareDisbursement(long grantId, long trancheId, BigDecimal amount, String note) {
        Grant grant = get(grantId);
        if (grant.status() != GrantStatus.ACTIVE) {
            throw new InvalidFieldException(
                    "status",
                    "grants.error.not-active",
                    "grant " + grantId + " is " + grant.status() + "; money moves only while it is active");
        }
        BigDecimal value;
        try {
            value = Money.positive(amount, "amount");
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("amount", "grants.error.amount", e.getMessage());
        }
        // The tranche's row stays locked until commit, so a second preparation waits here and then sees this one.
        Tranche tranche = grants.lockTranche(grantId, trancheId)
                .orElseThrow(() -> new InvalidInputException("Grant " + grantId + " has no tranche " + trancheId));
        BigDecimal left = tranche.amount().subtract(money.claimedLocked(trancheId));
        if (value.compareTo(left) > 0) {
            throw new InvalidFieldException(
                    "amount",
                    "grants.error.tranche-exceeded",
                    "only " + left.toPlainString() + " of tranche " + tranche.number() + " is left to disburse");
        }
        grants.recordClaim(trancheId);
        String checkedNote = text(note);
        long id = money.insertDisbursement(
                grantId,
                trancheId,
                value,
                checkedNote.isEmpty() ? null : limit(checkedNote, Disbursement.NOTE_MAX),
                actor(),
                now());
        record(
                grantId,
                EventKind.DISBURSEMENT_PREPARED,
                "disbursement " + id + ": " + value.toPlainString() + " "
                        + grant.data().currency() + " from tranche " + tranche.number()
                        + (checkedNote.isEmpty() ? "" : " (" + checkedNote + ")"));
        return disbursement(id);
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
        Disbursement d = disbursement(disbursementId);
        secondPerson(d.preparedBy(), "disbursement " + disbursementId + " was prepared");
        Grant grant = get(d.grantId());
        if (grant.status() != GrantStatus.ACTIVE) {
            throw new InvalidFieldException(
                    "status",
                    "grants.error.not-active",
                    "grant " + grant.id() + " is " + grant.status() + "; money moves only while it is active");
        }
        Tranche tranche = grants.lockTranche(d.grantId(), d.trancheId()).orElseThrow();
        BigDecimal released = money.releasedLocked(d.trancheId());
        if (released.add(d.amount()).compareTo(tranche.amount()) > 0) {
            throw new InvalidFieldException(
                    "disbursement",
                    "grants.error.tranche-exceeded",
                    "only " + tranche.amount().subtract(released).toPlainString() + " of tranche " + tranche.number()
                            + " is left to disburse");
        }
        String reason = text(earlyReason);
        boolean early = LocalDate.now(clock).isBefore(tranche.plannedOn());
        if (early && reason.isEmpty()) {
            throw new InvalidFieldException(
                    "earlyReason",
                    "grants.error.early-reason",
                    "tranche " + tranche.number() + " is planned for " + tranche.plannedOn()
                            + "; say why it is released before then");
        }
        String conditions =
                tranche.conditions() == null ? "" : "; release conditions confirmed: " + tranche.conditions();
        decide(d, DisbursementStatus.RELEASED);
        grants.recordClaim(d.trancheId());
        record(
                d.grantId(),
                EventKind.DISBURSEMENT_RELEASED,
                "disbursement " + d.id() + ": "
                        + d.amount().toPlainString() + " " + grant.data().currency() + " from tranche "
                        + d.trancheNumber()
                        + ", prepared by " + d.preparedBy() + conditions
                        + (early
                                ? "; released before the planned date " + tranche.plannedOn() + ": "
                                        + limit(reason, Disbursement.EARLY_REASON_MAX)
                                : ""));
        return disbursement(disbursementId);
    }

    /** Whether releasing from the tranche today comes before its planned date, and so needs a reason. */
    @Transactional(readOnly = true)
    public boolean releaseIsEarly(Tranche tranche) {
        return LocalDate.now(clock).isBefore(tranche.plannedOn());
    }

    /** Cancels a prepared disbursement (its preparer may withdraw it, or anyone may refuse it). */
    @Transactional
    public Disbursement cancelDisbursement(long disbursementId, String reason) {
        Disbursement d = disbursement(disbursementId);
        decide(d, DisbursementStatus.CANCELLED);
        record(
                d.grantId(),
                EventKind.DISBURSEMENT_CANCELLED,
                "disbursement " + d.id() + (text(reason).isEmpty() ? "" : ": " + text(reason)));
        return disbursement(disbursementId);
    }

    @Transactional(readOnly = true)
    public List<Disbursement> disbursements(long grantId) {
        return money.disbursements(grantId);
    }

    // ---- expenditure reports ----------------------------------------------------------------------------

    /**
     * Enters an expenditure report of a running grant with its receipts; it waits for a second person's review.
     * The period must have ended (its last day is today at the latest): what is reported is money spent.
     * Receipts are checked ({@link ReceiptFile#check}) before anything is stored.
     */
    @Transactional
    public ExpenditureReport enterReport(long grantId, ReportData data, List<ReceiptFile> files) {
        Grant grant = get(grantId);
        if (grant.status() != GrantStatus.ACTIVE && grant.status() != GrantStatus.SUSPENDED) {
            throw new InvalidFieldException(
                    "status",
                    "grants.error.not-running",
                    "grant " + grantId + " is " + grant.status() + "; reports are entered while it runs");
        }
        LocalDate today = LocalDate.now(clock);
        if (data.periodEnd().isAfter(today)) {
            // Money not yet spent would reach the IATI export as spending.
            throw new InvalidFieldException(
                    "periodEnd",
                    "grants.error.period-not-ended",
                    "the period to " + data.periodEnd() + " has not ended yet (today is " + today + ")");
        }
        List<Long> lineIds =
                grants.budgetLines(grantId).stream().map(BudgetLine::id).toList();
        for (Long line : data.spent().keySet()) {
            if (!lineIds.contains(line)) {
                throw new InvalidInputException("Grant " + grantId + " has no budget line " + line);
            }
        }
        long id = money.insertReport(grantId, data, actor(), now());
        record(
                grantId,
                EventKind.REPORT_ENTERED,
                "report " + id + " to " + data.periodEnd() + (data.finalReport() ? " (final)" : "") + ": "
                        + new TreeMap<>(data.spent()));
        for (ReceiptFile file : files) {
            addReceipt(grantId, id, file);
        }
        return report(id);
    }

    /** Adds a receipt to a report that is not yet reviewed. */
    @Transactional
    public Receipt addReceipt(long reportId, ReceiptFile file) {
        ExpenditureReport report = report(reportId);
        if (report.status() != ReportStatus.ENTERED) {
            throw new InvalidFieldException(
                    "receipt", "grants.error.report-reviewed", "report " + reportId + " is reviewed already");
        }
        long id = addReceipt(report.grantId(), reportId, file);
        return money.findReceipt(id).orElseThrow();
    }

    /** Accepts an entered report: a second staff member, not the one who entered it. */
    @Transactional
    public ExpenditureReport acceptReport(long reportId, String note) {
        return review(reportId, ReportStatus.ACCEPTED, EventKind.REPORT_ACCEPTED, note);
    }

    /** Rejects an entered report (it no longer counts); a second staff member, not the one who entered it. */
    @Transactional
    public ExpenditureReport rejectReport(long reportId, String note) {
        return review(reportId, ReportStatus.REJECTED, EventKind.REPORT_REJECTED, note);
    }

    @Transactional(readOnly = true)
    public List<ExpenditureReport> reports(long grantId) {
        return money.reports(grantId);
    }

    /** A receipt's file, for staff to download. */
    @Transactional(readOnly = true)
    public ReceiptDownload receipt(long receiptId) {
        Receipt receipt = money.findReceipt(receiptId)
                .orElseThrow(() -> new InvalidInputException("There is no receipt " + receiptId));
        byte[] content = receipts.read(money.storedName(receiptId).orElseThrow());
        return new ReceiptDownload(receipt, content);
    }

    // ---- figures and trail --------------------------------------------------------------------------------

    /** Budget against actual per line and for the grant, with overspending flagged. */
    @Transactional(readOnly = true)
    public GrantBalance balance(long grantId) {
        return GrantFigures.balance(
                get(grantId), grants.budgetLines(grantId), money.disbursements(grantId), money.reports(grantId));
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
        LocalDate today = LocalDate.now(clock);
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
        late.sort(java.util.Comparator.comparing(GrantDashboard.ReportDue::dueOn));
        List<GrantSummary> flagged = summaries(grants.findAll(figures.overspent()));
        return new GrantDashboard(
                figures.countByStatus(),
                figures.totals(java.util.Arrays.stream(GrantStatus.values())
                        .filter(GrantStatus::isCommitted)
                        .toList()),
                due,
                late,
                flagged);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private Grant move(Grant grant, GrantStatus to, EventKind kind, String detail) {
        if (!grant.status().mayMoveTo(to)) {
            throw new InvalidFieldException(
                    "status",
                    "grants.error.transition",
                    "a " + grant.status() + " grant cannot become " + to + " (allowed: "
                            + grant.status().next() + ")");
        }
        if (!grants.moveTo(grant.id(), grant.status(), to, actor(), now())) {
            throw new InvalidFieldException(
                    "status", "grants.error.changed-meanwhile", "grant " + grant.id() + " changed meanwhile");
        }
        record(grant.id(), kind, grant.status() + " → " + to + (detail.isEmpty() ? "" : ": " + detail));
        return get(grant.id());
    }

    private ExpenditureReport review(long reportId, ReportStatus decision, EventKind kind, String note) {
        ExpenditureReport report = report(reportId);
        secondPerson(report.enteredBy(), "report " + reportId + " was entered");
        String text = text(note);
        if (!money.reviewReport(
                reportId, decision, actor(), text.isEmpty() ? null : limit(text, ReportData.NOTE_MAX), now())) {
            throw new InvalidFieldException(
                    "report", "grants.error.report-reviewed", "report " + reportId + " is reviewed already");
        }
        record(
                report.grantId(),
                kind,
                "report " + reportId + " (entered by " + report.enteredBy() + ", total "
                        + report.total().toPlainString() + ")" + (text.isEmpty() ? "" : ": " + text));
        return report(reportId);
    }

    private long addReceipt(long grantId, long reportId, ReceiptFile file) {
        String stored = receipts.store(file);
        try {
            long id = money.insertReceipt(
                    reportId,
                    file.originalName(),
                    file.mediaType(),
                    file.content().length,
                    file.sha256(),
                    stored,
                    actor(),
                    now());
            record(
                    grantId,
                    EventKind.RECEIPT_ADDED,
                    "receipt " + id + " for report " + reportId + ": "
                            + file.originalName() + ", " + file.mediaType() + ", " + file.content().length
                            + " bytes, SHA-256 "
                            + file.sha256());
            return id;
        } catch (RuntimeException e) {
            receipts.discard(stored);
            throw e;
        }
    }

    private void decide(Disbursement d, DisbursementStatus decision) {
        if (d.status() != DisbursementStatus.PREPARED || !money.decideDisbursement(d.id(), decision, actor(), now())) {
            throw new InvalidFieldException(
                    "disbursement",
                    "grants.error.disbursement-decided",
                    "disbursement " + d.id() + " is " + d.status() + " already");
        }
    }

    /** The two-person rule: the caller must not be the one who did the first step. */
    private void secondPerson(String firstPerson, String what) {
        if (Objects.equals(firstPerson, actor())) {
            throw new InvalidFieldException(
                    "approval",
                    "grants.error.same-person",
                    what + " by " + firstPerson + "; a second staff member must approve it");
        }
    }

    private Grant draft(long id) {
        Grant grant = get(id);
        if (grant.status() != GrantStatus.DRAFT) {
            throw new InvalidFieldException(
                    "status",
                    "grants.error.not-draft",
                    "grant " + id + " is " + grant.status() + "; only drafts change");
        }
        return grant;
    }

    private void checkProjects(GrantData data) {
        for (long project : data.projectIds()) {
            projects.get(project);
        }
    }

    private Disbursement disbursement(long id) {
        return money.findDisbursement(id)
                .orElseThrow(() -> new InvalidInputException("There is no disbursement " + id));
    }

    private ExpenditureReport report(long id) {
        return money.findReport(id).orElseThrow(() -> new InvalidInputException("There is no report " + id));
    }

    private void record(long grantId, EventKind kind, String detail) {
        events.append(grantId, actor(), kind, detail, now());
    }

    private static String describe(GrantData d) {
        return d.title() + "; grantee " + d.granteeName() + " (" + d.granteeKind() + "); "
                + d.amount().toPlainString()
                + " " + d.currency() + "; " + d.startOn() + " to " + d.endOn() + "; projects "
                + new java.util.TreeSet<>(d.projectIds());
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String limit(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static <T> Map<Long, List<T>> byGrant(List<T> items, java.util.function.ToLongFunction<T> grantOf) {
        Map<Long, List<T>> map = new java.util.HashMap<>();
        items.forEach(i -> map.computeIfAbsent(grantOf.applyAsLong(i), k -> new ArrayList<>())
                .add(i));
        return map;
    }

    private String actor() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
