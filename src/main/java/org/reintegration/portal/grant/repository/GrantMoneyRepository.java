package org.reintegration.portal.grant.repository;

import static org.reintegration.portal.base.jooq.Tables.GRANT_DISBURSEMENT;
import static org.reintegration.portal.base.jooq.Tables.GRANT_EXPENDITURE_LINE;
import static org.reintegration.portal.base.jooq.Tables.GRANT_EXPENDITURE_REPORT;
import static org.reintegration.portal.base.jooq.Tables.GRANT_RECEIPT;
import static org.reintegration.portal.base.jooq.Tables.GRANT_TRANCHE;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.reintegration.portal.grant.Disbursement;
import org.reintegration.portal.grant.DisbursementStatus;
import org.reintegration.portal.grant.ExpenditureReport;
import org.reintegration.portal.grant.Receipt;
import org.reintegration.portal.grant.ReportData;
import org.reintegration.portal.grant.ReportStatus;
import org.springframework.stereotype.Repository;

/** The money that moves under a grant: disbursements, expenditure reports and their receipts. */
@Repository
public class GrantMoneyRepository {

    private final DSLContext db;

    GrantMoneyRepository(DSLContext db) {
        this.db = db;
    }

    public long insertDisbursement(
            long grantId, long trancheId, BigDecimal amount, String note, String preparedBy, LocalDateTime now) {
        db.insertInto(GRANT_DISBURSEMENT)
                .set(GRANT_DISBURSEMENT.GRANT_ID, grantId)
                .set(GRANT_DISBURSEMENT.TRANCHE_ID, trancheId)
                .set(GRANT_DISBURSEMENT.AMOUNT, amount)
                .set(GRANT_DISBURSEMENT.NOTE, note)
                .set(GRANT_DISBURSEMENT.STATUS, DisbursementStatus.PREPARED.name())
                .set(GRANT_DISBURSEMENT.PREPARED_BY, preparedBy)
                .set(GRANT_DISBURSEMENT.PREPARED_AT, now)
                .execute();
        return db.lastID().longValueExact();
    }

    /**
     * Releases or cancels a prepared disbursement.
     *
     * @return false when it is no longer prepared (someone else decided first)
     */
    public boolean decideDisbursement(long id, DisbursementStatus decision, String decidedBy, LocalDateTime now) {
        return db.update(GRANT_DISBURSEMENT)
                        .set(GRANT_DISBURSEMENT.STATUS, decision.name())
                        .set(GRANT_DISBURSEMENT.DECIDED_BY, decidedBy)
                        .set(GRANT_DISBURSEMENT.DECIDED_AT, now)
                        .where(GRANT_DISBURSEMENT.ID.eq(id))
                        .and(GRANT_DISBURSEMENT.STATUS.eq(DisbursementStatus.PREPARED.name()))
                        .execute()
                == 1;
    }

    /**
     * What is prepared or released from the tranche, read with locks (a locking read sees the latest
     * committed rows, where a plain read in REPEATABLE READ would see the transaction's first snapshot).
     * Call it after {@link GrantRepository#lockTranche}.
     */
    public BigDecimal claimedLocked(long trancheId) {
        return sumLocked(trancheId, GRANT_DISBURSEMENT.STATUS.ne(DisbursementStatus.CANCELLED.name()));
    }

    /** What is released from the tranche, read with locks as {@link #claimedLocked} is. */
    public BigDecimal releasedLocked(long trancheId) {
        return sumLocked(trancheId, GRANT_DISBURSEMENT.STATUS.eq(DisbursementStatus.RELEASED.name()));
    }

    private BigDecimal sumLocked(long trancheId, org.jooq.Condition which) {
        return db
                .select(GRANT_DISBURSEMENT.AMOUNT)
                .from(GRANT_DISBURSEMENT)
                .where(GRANT_DISBURSEMENT.TRANCHE_ID.eq(trancheId))
                .and(which)
                .forUpdate()
                .fetch(GRANT_DISBURSEMENT.AMOUNT)
                .stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<Disbursement> findDisbursement(long id) {
        return db.select(DISBURSEMENT_FIELDS)
                .from(GRANT_DISBURSEMENT)
                .join(GRANT_TRANCHE)
                .on(GRANT_TRANCHE.ID.eq(GRANT_DISBURSEMENT.TRANCHE_ID))
                .where(GRANT_DISBURSEMENT.ID.eq(id))
                .fetchOptional(GrantMoneyRepository::toDisbursement);
    }

    /** The grant's disbursements, oldest first; or every grant's when grantId is null. */
    public List<Disbursement> disbursements(Long grantId) {
        return db.select(DISBURSEMENT_FIELDS)
                .from(GRANT_DISBURSEMENT)
                .join(GRANT_TRANCHE)
                .on(GRANT_TRANCHE.ID.eq(GRANT_DISBURSEMENT.TRANCHE_ID))
                .where(grantId == null ? org.jooq.impl.DSL.noCondition() : GRANT_DISBURSEMENT.GRANT_ID.eq(grantId))
                .orderBy(GRANT_DISBURSEMENT.ID)
                .fetch(GrantMoneyRepository::toDisbursement);
    }

    /** The disbursements of these grants, oldest first. */
    public List<Disbursement> disbursementsOf(Collection<Long> grantIds) {
        if (grantIds.isEmpty()) {
            return List.of();
        }
        return db.select(DISBURSEMENT_FIELDS)
                .from(GRANT_DISBURSEMENT)
                .join(GRANT_TRANCHE)
                .on(GRANT_TRANCHE.ID.eq(GRANT_DISBURSEMENT.TRANCHE_ID))
                .where(GRANT_DISBURSEMENT.GRANT_ID.in(grantIds))
                .orderBy(GRANT_DISBURSEMENT.ID)
                .fetch(GrantMoneyRepository::toDisbursement);
    }

    public long insertReport(long grantId, ReportData data, String enteredBy, LocalDateTime now) {
        db.insertInto(GRANT_EXPENDITURE_REPORT)
                .set(GRANT_EXPENDITURE_REPORT.GRANT_ID, grantId)
                .set(GRANT_EXPENDITURE_REPORT.PERIOD_END, data.periodEnd())
                .set(GRANT_EXPENDITURE_REPORT.FINAL_REPORT, data.finalReport())
                .set(GRANT_EXPENDITURE_REPORT.NOTE, data.note())
                .set(GRANT_EXPENDITURE_REPORT.STATUS, ReportStatus.ENTERED.name())
                .set(GRANT_EXPENDITURE_REPORT.ENTERED_BY, enteredBy)
                .set(GRANT_EXPENDITURE_REPORT.ENTERED_AT, now)
                .execute();
        long id = db.lastID().longValueExact();
        data.spent().forEach((line, amount) -> db.insertInto(GRANT_EXPENDITURE_LINE)
                .set(GRANT_EXPENDITURE_LINE.REPORT_ID, id)
                .set(GRANT_EXPENDITURE_LINE.BUDGET_LINE_ID, line)
                .set(GRANT_EXPENDITURE_LINE.AMOUNT, amount)
                .execute());
        return id;
    }

    /** @return false when the report is no longer waiting for review */
    public boolean reviewReport(long id, ReportStatus decision, String reviewer, String note, LocalDateTime now) {
        return db.update(GRANT_EXPENDITURE_REPORT)
                        .set(GRANT_EXPENDITURE_REPORT.STATUS, decision.name())
                        .set(GRANT_EXPENDITURE_REPORT.REVIEWED_BY, reviewer)
                        .set(GRANT_EXPENDITURE_REPORT.REVIEWED_AT, now)
                        .set(GRANT_EXPENDITURE_REPORT.REVIEW_NOTE, note)
                        .where(GRANT_EXPENDITURE_REPORT.ID.eq(id))
                        .and(GRANT_EXPENDITURE_REPORT.STATUS.eq(ReportStatus.ENTERED.name()))
                        .execute()
                == 1;
    }

    public Optional<ExpenditureReport> findReport(long id) {
        return db.select(REPORT_FIELDS)
                .from(GRANT_EXPENDITURE_REPORT)
                .where(GRANT_EXPENDITURE_REPORT.ID.eq(id))
                .fetchOptional()
                .map(r -> toReports(List.of(r)).getFirst());
    }

    /** The grant's reports, oldest first; or every grant's when grantId is null. */
    public List<ExpenditureReport> reports(Long grantId) {
        return toReports(db.select(REPORT_FIELDS)
                .from(GRANT_EXPENDITURE_REPORT)
                .where(
                        grantId == null
                                ? org.jooq.impl.DSL.noCondition()
                                : GRANT_EXPENDITURE_REPORT.GRANT_ID.eq(grantId))
                .orderBy(GRANT_EXPENDITURE_REPORT.PERIOD_END, GRANT_EXPENDITURE_REPORT.ID)
                .fetch());
    }

    /** The expenditure reports of these grants, by period. */
    public List<ExpenditureReport> reportsOf(Collection<Long> grantIds) {
        if (grantIds.isEmpty()) {
            return List.of();
        }
        return toReports(db.select(REPORT_FIELDS)
                .from(GRANT_EXPENDITURE_REPORT)
                .where(GRANT_EXPENDITURE_REPORT.GRANT_ID.in(grantIds))
                .orderBy(GRANT_EXPENDITURE_REPORT.PERIOD_END, GRANT_EXPENDITURE_REPORT.ID)
                .fetch());
    }

    public long insertReceipt(
            long reportId,
            String originalName,
            String mediaType,
            long size,
            String sha256,
            String storedName,
            String uploadedBy,
            LocalDateTime now) {
        db.insertInto(GRANT_RECEIPT)
                .set(GRANT_RECEIPT.REPORT_ID, reportId)
                .set(GRANT_RECEIPT.ORIGINAL_NAME, originalName)
                .set(GRANT_RECEIPT.MEDIA_TYPE, mediaType)
                .set(GRANT_RECEIPT.SIZE_BYTES, size)
                .set(GRANT_RECEIPT.SHA256, sha256)
                .set(GRANT_RECEIPT.STORED_NAME, storedName)
                .set(GRANT_RECEIPT.UPLOADED_BY, uploadedBy)
                .set(GRANT_RECEIPT.UPLOADED_AT, now)
                .execute();
        return db.lastID().longValueExact();
    }

    public Optional<Receipt> findReceipt(long id) {
        return db.select(RECEIPT_FIELDS)
                .from(GRANT_RECEIPT)
                .where(GRANT_RECEIPT.ID.eq(id))
                .fetchOptional(GrantMoneyRepository::toReceipt);
    }

    /** The random name the receipt's file is stored under. */
    public Optional<String> storedName(long receiptId) {
        return db.select(GRANT_RECEIPT.STORED_NAME)
                .from(GRANT_RECEIPT)
                .where(GRANT_RECEIPT.ID.eq(receiptId))
                .fetchOptional(GRANT_RECEIPT.STORED_NAME);
    }

    /** The grant a report belongs to. */
    public Optional<Long> grantOfReport(long reportId) {
        return db.select(GRANT_EXPENDITURE_REPORT.GRANT_ID)
                .from(GRANT_EXPENDITURE_REPORT)
                .where(GRANT_EXPENDITURE_REPORT.ID.eq(reportId))
                .fetchOptional(GRANT_EXPENDITURE_REPORT.GRANT_ID);
    }

    private static final List<SelectField<?>> REPORT_FIELDS = List.of(
            GRANT_EXPENDITURE_REPORT.ID,
            GRANT_EXPENDITURE_REPORT.GRANT_ID,
            GRANT_EXPENDITURE_REPORT.PERIOD_END,
            GRANT_EXPENDITURE_REPORT.FINAL_REPORT,
            GRANT_EXPENDITURE_REPORT.NOTE,
            GRANT_EXPENDITURE_REPORT.STATUS,
            GRANT_EXPENDITURE_REPORT.ENTERED_BY,
            GRANT_EXPENDITURE_REPORT.ENTERED_AT,
            GRANT_EXPENDITURE_REPORT.REVIEWED_BY,
            GRANT_EXPENDITURE_REPORT.REVIEWED_AT,
            GRANT_EXPENDITURE_REPORT.REVIEW_NOTE);

    /** Reports read with {@link #REPORT_FIELDS}, with what they record per budget line and their receipts. */
    private List<ExpenditureReport> toReports(List<? extends Record> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<Long> ids =
                records.stream().map(r -> r.get(GRANT_EXPENDITURE_REPORT.ID)).toList();
        Map<Long, Map<Long, BigDecimal>> spent = new HashMap<>();
        db.select(
                        GRANT_EXPENDITURE_LINE.REPORT_ID,
                        GRANT_EXPENDITURE_LINE.BUDGET_LINE_ID,
                        GRANT_EXPENDITURE_LINE.AMOUNT)
                .from(GRANT_EXPENDITURE_LINE)
                .where(GRANT_EXPENDITURE_LINE.REPORT_ID.in(ids))
                .orderBy(GRANT_EXPENDITURE_LINE.BUDGET_LINE_ID)
                .forEach(l -> spent.computeIfAbsent(l.value1(), k -> new LinkedHashMap<>())
                        .put(l.value2(), l.value3()));
        Map<Long, List<Receipt>> receipts = new HashMap<>();
        db.select(RECEIPT_FIELDS)
                .from(GRANT_RECEIPT)
                .where(GRANT_RECEIPT.REPORT_ID.in(ids))
                .orderBy(GRANT_RECEIPT.ID)
                .forEach(r -> receipts.computeIfAbsent(r.get(GRANT_RECEIPT.REPORT_ID), k -> new ArrayList<>())
                        .add(toReceipt(r)));
        return records.stream()
                .map(r -> {
                    long id = r.get(GRANT_EXPENDITURE_REPORT.ID);
                    return new ExpenditureReport(
                            id,
                            r.get(GRANT_EXPENDITURE_REPORT.GRANT_ID),
                            r.get(GRANT_EXPENDITURE_REPORT.PERIOD_END),
                            r.get(GRANT_EXPENDITURE_REPORT.FINAL_REPORT),
                            r.get(GRANT_EXPENDITURE_REPORT.NOTE),
                            ReportStatus.valueOf(r.get(GRANT_EXPENDITURE_REPORT.STATUS)),
                            r.get(GRANT_EXPENDITURE_REPORT.ENTERED_BY),
                            r.get(GRANT_EXPENDITURE_REPORT.ENTERED_AT),
                            r.get(GRANT_EXPENDITURE_REPORT.REVIEWED_BY),
                            r.get(GRANT_EXPENDITURE_REPORT.REVIEWED_AT),
                            r.get(GRANT_EXPENDITURE_REPORT.REVIEW_NOTE),
                            Map.copyOf(spent.getOrDefault(id, Map.of())),
                            List.copyOf(receipts.getOrDefault(id, List.of())));
                })
                .toList();
    }

    /** What {@link #toReceipt} reads of a receipt: everything but the name its file is stored under. */
    private static final List<SelectField<?>> RECEIPT_FIELDS = List.of(
            GRANT_RECEIPT.ID,
            GRANT_RECEIPT.REPORT_ID,
            GRANT_RECEIPT.ORIGINAL_NAME,
            GRANT_RECEIPT.MEDIA_TYPE,
            GRANT_RECEIPT.SIZE_BYTES,
            GRANT_RECEIPT.SHA256,
            GRANT_RECEIPT.UPLOADED_BY,
            GRANT_RECEIPT.UPLOADED_AT);

    private static Receipt toReceipt(Record r) {
        return new Receipt(
                r.get(GRANT_RECEIPT.ID),
                r.get(GRANT_RECEIPT.REPORT_ID),
                r.get(GRANT_RECEIPT.ORIGINAL_NAME),
                r.get(GRANT_RECEIPT.MEDIA_TYPE),
                r.get(GRANT_RECEIPT.SIZE_BYTES),
                r.get(GRANT_RECEIPT.SHA256),
                r.get(GRANT_RECEIPT.UPLOADED_BY),
                r.get(GRANT_RECEIPT.UPLOADED_AT));
    }

    private static final List<SelectField<?>> DISBURSEMENT_FIELDS = List.of(
            GRANT_DISBURSEMENT.ID,
            GRANT_DISBURSEMENT.GRANT_ID,
            GRANT_DISBURSEMENT.TRANCHE_ID,
            GRANT_TRANCHE.NUMBER,
            GRANT_DISBURSEMENT.AMOUNT,
            GRANT_DISBURSEMENT.NOTE,
            GRANT_DISBURSEMENT.STATUS,
            GRANT_DISBURSEMENT.PREPARED_BY,
            GRANT_DISBURSEMENT.PREPARED_AT,
            GRANT_DISBURSEMENT.DECIDED_BY,
            GRANT_DISBURSEMENT.DECIDED_AT);

    private static Disbursement toDisbursement(Record r) {
        return new Disbursement(
                r.get(GRANT_DISBURSEMENT.ID),
                r.get(GRANT_DISBURSEMENT.GRANT_ID),
                r.get(GRANT_DISBURSEMENT.TRANCHE_ID),
                r.get(GRANT_TRANCHE.NUMBER),
                r.get(GRANT_DISBURSEMENT.AMOUNT),
                r.get(GRANT_DISBURSEMENT.NOTE),
                DisbursementStatus.valueOf(r.get(GRANT_DISBURSEMENT.STATUS)),
                r.get(GRANT_DISBURSEMENT.PREPARED_BY),
                r.get(GRANT_DISBURSEMENT.PREPARED_AT),
                r.get(GRANT_DISBURSEMENT.DECIDED_BY),
                r.get(GRANT_DISBURSEMENT.DECIDED_AT));
    }
}
