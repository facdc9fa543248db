package org.reintegration.portal.grant;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.grant.repository.GrantMoneyRepository;
import org.reintegration.portal.grant.repository.GrantRepository;
import org.springframework.stereotype.Component;

/**
 * What grantees report spending, with receipts: entered by one staff member, accepted or rejected by a
 * second. Called inside {@link GrantService}'s transactions; a receipt's file is removed again when its row
 * cannot be written.
 */
@Component
class ExpenditureReports {

    private final GrantRepository grants;
    private final GrantMoneyRepository money;
    private final ReceiptStore receipts;
    private final GrantSteps steps;

    ExpenditureReports(GrantRepository grants, GrantMoneyRepository money, ReceiptStore receipts, GrantSteps steps) {
        this.grants = grants;
        this.money = money;
        this.receipts = receipts;
        this.steps = steps;
    }

    /** Of a running grant, for a period that has ended; receipts are checked before anything is stored. */
    ExpenditureReport enter(long grantId, ReportData data, List<ReceiptFile> files) {
        Grant grant = steps.grant(grantId);
        if (grant.status() != GrantStatus.ACTIVE && grant.status() != GrantStatus.SUSPENDED) {
            throw new InvalidFieldException(
                    "status",
                    "grants.error.not-running",
                    "grant " + grantId + " is " + grant.status() + "; reports are entered while it runs");
        }
        LocalDate today = steps.today();
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
        long id = money.insertReport(grantId, data, steps.actor(), steps.now());
        steps.record(
                grantId,
                EventKind.REPORT_ENTERED,
                EventDetail.of(
                        data.finalReport() ? "grants.trail.final-report-entered" : "grants.trail.report-entered",
                        EventDetail.number(id),
                        EventDetail.day(data.periodEnd()),
                        EventDetail.parts(new TreeMap<>(data.spent())
                                .entrySet().stream()
                                        .map(spent -> EventDetail.of(
                                                "grants.trail.spent-on-line",
                                                EventDetail.number(spent.getKey()),
                                                EventDetail.amount(
                                                        spent.getValue(),
                                                        grant.data().currency())))
                                        .toList())));
        for (ReceiptFile file : files) {
            addReceipt(grantId, id, file);
        }
        return report(id);
    }

    /** To a report that is not yet reviewed. */
    Receipt addReceipt(long reportId, ReceiptFile file) {
        ExpenditureReport report = report(reportId);
        if (report.status() != ReportStatus.ENTERED) {
            throw new InvalidFieldException(
                    "receipt", "grants.error.report-reviewed", "report " + reportId + " is reviewed already");
        }
        long id = addReceipt(report.grantId(), reportId, file);
        return money.findReceipt(id).orElseThrow();
    }

    /** Accepts or rejects an entered report: a second staff member, not the one who entered it. */
    ExpenditureReport review(long reportId, ReportStatus decision, EventKind kind, String note) {
        ExpenditureReport report = report(reportId);
        steps.secondPerson(report.enteredBy(), "report " + reportId + " was entered");
        String currency = steps.grant(report.grantId()).data().currency();
        String text = GrantSteps.text(note);
        if (!money.reviewReport(
                reportId,
                decision,
                steps.actor(),
                text.isEmpty() ? null : GrantSteps.limit(text, ReportData.NOTE_MAX),
                steps.now())) {
            throw new InvalidFieldException(
                    "report", "grants.error.report-reviewed", "report " + reportId + " is reviewed already");
        }
        steps.record(
                report.grantId(),
                kind,
                text.isEmpty()
                        ? EventDetail.of(
                                "grants.trail.report-reviewed",
                                EventDetail.number(reportId),
                                EventDetail.text(report.enteredBy()),
                                EventDetail.amount(report.total(), currency))
                        : EventDetail.of(
                                "grants.trail.report-reviewed-note",
                                EventDetail.number(reportId),
                                EventDetail.text(report.enteredBy()),
                                EventDetail.amount(report.total(), currency),
                                EventDetail.text(text)));
        return report(reportId);
    }

    /** A receipt's file, for staff to download. */
    ReceiptDownload receipt(long receiptId) {
        Receipt receipt = money.findReceipt(receiptId)
                .orElseThrow(() -> new InvalidInputException("There is no receipt " + receiptId));
        byte[] content = receipts.read(money.storedName(receiptId).orElseThrow());
        return new ReceiptDownload(receipt, content);
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
                    steps.actor(),
                    steps.now());
            steps.record(
                    grantId,
                    EventKind.RECEIPT_ADDED,
                    EventDetail.of(
                            "grants.trail.receipt-added",
                            EventDetail.number(id),
                            EventDetail.number(reportId),
                            EventDetail.text(file.originalName()),
                            EventDetail.text(file.mediaType()),
                            EventDetail.quantity(file.content().length),
                            EventDetail.text(file.sha256())));
            return id;
        } catch (RuntimeException e) {
            receipts.discard(stored);
            throw e;
        }
    }

    private ExpenditureReport report(long id) {
        return money.findReport(id).orElseThrow(() -> new InvalidInputException("There is no report " + id));
    }
}
