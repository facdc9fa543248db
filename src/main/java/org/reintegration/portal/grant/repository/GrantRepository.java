package org.reintegration.portal.grant.repository;

import static org.reintegration.portal.base.jooq.Tables.GRANT_AGREEMENT;
import static org.reintegration.portal.base.jooq.Tables.GRANT_BUDGET_LINE;
import static org.reintegration.portal.base.jooq.Tables.GRANT_PROJECT;
import static org.reintegration.portal.base.jooq.Tables.GRANT_TRANCHE;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.reintegration.portal.base.jooq.tables.records.GrantAgreementRecord;
import org.reintegration.portal.grant.BudgetCategory;
import org.reintegration.portal.grant.BudgetLine;
import org.reintegration.portal.grant.CofundingKind;
import org.reintegration.portal.grant.Grant;
import org.reintegration.portal.grant.GrantData;
import org.reintegration.portal.grant.GrantStatus;
import org.reintegration.portal.grant.GranteeKind;
import org.reintegration.portal.grant.Tranche;
import org.springframework.stereotype.Repository;

/** Grant agreements, the projects they fund, their budget lines and tranches. */
@Repository
public class GrantRepository {

    private final DSLContext db;

    GrantRepository(DSLContext db) {
        this.db = db;
    }

    public long insert(GrantData data, String preparedBy, LocalDateTime now) {
        GrantAgreementRecord record = db.newRecord(GRANT_AGREEMENT);
        fill(record, data);
        record.setStatus(GrantStatus.DRAFT.name());
        record.setPreparedBy(preparedBy);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        db.insertInto(GRANT_AGREEMENT).set(record).execute();
        long id = db.lastID().longValueExact();
        setProjects(id, data.projectIds());
        return id;
    }

    public void update(long id, GrantData data, LocalDateTime now) {
        GrantAgreementRecord record = db.newRecord(GRANT_AGREEMENT);
        fill(record, data);
        record.setUpdatedAt(now);
        db.update(GRANT_AGREEMENT).set(record).where(GRANT_AGREEMENT.ID.eq(id)).execute();
        db.deleteFrom(GRANT_PROJECT).where(GRANT_PROJECT.GRANT_ID.eq(id)).execute();
        setProjects(id, data.projectIds());
    }

    /**
     * Moves the grant from one status to another, only if it still has the expected one; records the submitter
     * or approver for those steps.
     *
     * @return false when another change came first
     */
    public boolean moveTo(long id, GrantStatus from, GrantStatus to, String actor, LocalDateTime now) {
        var update = db.update(GRANT_AGREEMENT)
                .set(GRANT_AGREEMENT.STATUS, to.name())
                .set(GRANT_AGREEMENT.UPDATED_AT, now);
        if (to == GrantStatus.SUBMITTED) {
            update = update.set(GRANT_AGREEMENT.SUBMITTED_BY, actor).set(GRANT_AGREEMENT.SUBMITTED_AT, now);
        } else if (to == GrantStatus.APPROVED) {
            update = update.set(GRANT_AGREEMENT.APPROVED_BY, actor).set(GRANT_AGREEMENT.APPROVED_AT, now);
        }
        return update.where(GRANT_AGREEMENT.ID.eq(id).and(GRANT_AGREEMENT.STATUS.eq(from.name())))
                        .execute()
                == 1;
    }

    public Optional<Grant> find(long id) {
        return db.select(GRANT_FIELDS)
                .from(GRANT_AGREEMENT)
                .where(GRANT_AGREEMENT.ID.eq(id))
                .fetchOptional(r -> toGrant(r, projectsOf(Set.of(id)).getOrDefault(id, Set.of())));
    }

    /** Grants, newest first, optionally of one status. */
    public List<Grant> findAll(GrantStatus status) {
        return toGrants(db.select(GRANT_FIELDS)
                .from(GRANT_AGREEMENT)
                .where(statusIs(status))
                .orderBy(GRANT_AGREEMENT.ID.desc())
                .fetch());
    }

    /** One page of the grants, newest first, optionally of one status. */
    public List<Grant> findPage(GrantStatus status, int offset, int limit) {
        return toGrants(db.select(GRANT_FIELDS)
                .from(GRANT_AGREEMENT)
                .where(statusIs(status))
                .orderBy(GRANT_AGREEMENT.ID.desc())
                .limit(limit)
                .offset(offset)
                .fetch());
    }

    /** At most {@code limit} grants older than the one given (null: from the newest), newest first. */
    public List<Grant> findOlderThan(Long id, int limit) {
        return toGrants(db.select(GRANT_FIELDS)
                .from(GRANT_AGREEMENT)
                .where(id == null ? DSL.noCondition() : GRANT_AGREEMENT.ID.lt(id))
                .orderBy(GRANT_AGREEMENT.ID.desc())
                .limit(limit)
                .fetch());
    }

    /** These grants, newest first. */
    public List<Grant> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return toGrants(db.select(GRANT_FIELDS)
                .from(GRANT_AGREEMENT)
                .where(GRANT_AGREEMENT.ID.in(ids))
                .orderBy(GRANT_AGREEMENT.ID.desc())
                .fetch());
    }

    public int count(GrantStatus status) {
        return db.fetchCount(GRANT_AGREEMENT, statusIs(status));
    }

    private static Condition statusIs(GrantStatus status) {
        return status == null ? DSL.noCondition() : GRANT_AGREEMENT.STATUS.eq(status.name());
    }

    private List<Grant> toGrants(List<? extends Record> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> projects =
                projectsOf(records.stream().map(r -> r.get(GRANT_AGREEMENT.ID)).collect(Collectors.toSet()));
        return records.stream()
                .map(r -> toGrant(r, projects.getOrDefault(r.get(GRANT_AGREEMENT.ID), Set.of())))
                .toList();
    }

    /** The grants that fund the project, oldest first. */
    public List<Grant> findByProject(long projectId) {
        List<Long> ids = db.select(GRANT_PROJECT.GRANT_ID)
                .from(GRANT_PROJECT)
                .where(GRANT_PROJECT.PROJECT_ID.eq(projectId))
                .orderBy(GRANT_PROJECT.GRANT_ID)
                .fetch(GRANT_PROJECT.GRANT_ID);
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** The grants that fund each of these projects, oldest first, by project id (projects without any missing). */
    public Map<Long, List<Grant>> findByProjects(Collection<Long> projectIds) {
        Map<Long, List<Grant>> funding = new HashMap<>();
        if (projectIds.isEmpty()) {
            return funding;
        }
        List<Record2<Long, Long>> links = db.select(GRANT_PROJECT.PROJECT_ID, GRANT_PROJECT.GRANT_ID)
                .from(GRANT_PROJECT)
                .where(GRANT_PROJECT.PROJECT_ID.in(projectIds))
                .orderBy(GRANT_PROJECT.GRANT_ID)
                .fetch();
        Map<Long, Grant> byId = new HashMap<>();
        findAll(links.stream().map(Record2::value2).collect(Collectors.toSet())).forEach(g -> byId.put(g.id(), g));
        links.forEach(link -> funding.computeIfAbsent(link.value1(), k -> new java.util.ArrayList<>())
                .add(byId.get(link.value2())));
        return funding;
    }

    public long insertBudgetLine(long grantId, BudgetLine line) {
        db.insertInto(GRANT_BUDGET_LINE)
                .set(GRANT_BUDGET_LINE.GRANT_ID, grantId)
                .set(GRANT_BUDGET_LINE.CATEGORY, line.category().name())
                .set(GRANT_BUDGET_LINE.DESCRIPTION, line.description())
                .set(GRANT_BUDGET_LINE.AMOUNT, line.amount())
                .execute();
        return db.lastID().longValueExact();
    }

    public boolean deleteBudgetLine(long grantId, long lineId) {
        return db.deleteFrom(GRANT_BUDGET_LINE)
                        .where(GRANT_BUDGET_LINE.ID.eq(lineId).and(GRANT_BUDGET_LINE.GRANT_ID.eq(grantId)))
                        .execute()
                == 1;
    }

    public List<BudgetLine> budgetLines(long grantId) {
        return db.select(
                        GRANT_BUDGET_LINE.ID,
                        GRANT_BUDGET_LINE.CATEGORY,
                        GRANT_BUDGET_LINE.DESCRIPTION,
                        GRANT_BUDGET_LINE.AMOUNT)
                .from(GRANT_BUDGET_LINE)
                .where(GRANT_BUDGET_LINE.GRANT_ID.eq(grantId))
                .orderBy(GRANT_BUDGET_LINE.ID)
                .fetch(r -> new BudgetLine(r.value1(), BudgetCategory.valueOf(r.value2()), r.value3(), r.value4()));
    }

    public long insertTranche(long grantId, Tranche tranche) {
        Integer last = db.select(DSL.max(GRANT_TRANCHE.NUMBER))
                .from(GRANT_TRANCHE)
                .where(GRANT_TRANCHE.GRANT_ID.eq(grantId))
                .fetchOne(0, Integer.class);
        db.insertInto(GRANT_TRANCHE)
                .set(GRANT_TRANCHE.GRANT_ID, grantId)
                .set(GRANT_TRANCHE.NUMBER, last == null ? 1 : last + 1)
                .set(GRANT_TRANCHE.AMOUNT, tranche.amount())
                .set(GRANT_TRANCHE.PLANNED_ON, tranche.plannedOn())
                .set(GRANT_TRANCHE.CONDITIONS, tranche.conditions())
                .execute();
        return db.lastID().longValueExact();
    }

    public boolean deleteTranche(long grantId, long trancheId) {
        return db.deleteFrom(GRANT_TRANCHE)
                        .where(GRANT_TRANCHE.ID.eq(trancheId).and(GRANT_TRANCHE.GRANT_ID.eq(grantId)))
                        .execute()
                == 1;
    }

    /**
     * The tranche, its row locked (SELECT ... FOR UPDATE) until the transaction ends: whoever prepares or
     * releases money from it after this transaction waits and then sees what it did.
     */
    public Optional<Tranche> lockTranche(long grantId, long trancheId) {
        return db.select(TRANCHE_FIELDS)
                .from(GRANT_TRANCHE)
                .where(GRANT_TRANCHE.ID.eq(trancheId).and(GRANT_TRANCHE.GRANT_ID.eq(grantId)))
                .forUpdate()
                .fetchOptional(GrantRepository::toTranche);
    }

    /**
     * Writes the tranche's row after its remaining amount was checked. Galera certifies transactions by the
     * rows they write, not by the locks they took on their own node: two claims on one tranche made at once
     * on different nodes both write this row, so the second to commit fails instead of passing the amount.
     */
    public void recordClaim(long trancheId) {
        db.update(GRANT_TRANCHE)
                .set(GRANT_TRANCHE.CLAIMS, GRANT_TRANCHE.CLAIMS.plus(1))
                .where(GRANT_TRANCHE.ID.eq(trancheId))
                .execute();
    }

    public List<Tranche> tranches(long grantId) {
        return db.select(TRANCHE_FIELDS)
                .from(GRANT_TRANCHE)
                .where(GRANT_TRANCHE.GRANT_ID.eq(grantId))
                .orderBy(GRANT_TRANCHE.NUMBER)
                .fetch(GrantRepository::toTranche);
    }

    /** The budget lines of these grants, by grant id. */
    public Map<Long, List<BudgetLine>> budgetLinesByGrant(Collection<Long> grantIds) {
        Map<Long, List<BudgetLine>> lines = new HashMap<>();
        if (grantIds.isEmpty()) {
            return lines;
        }
        db.select(
                        GRANT_BUDGET_LINE.GRANT_ID,
                        GRANT_BUDGET_LINE.ID,
                        GRANT_BUDGET_LINE.CATEGORY,
                        GRANT_BUDGET_LINE.DESCRIPTION,
                        GRANT_BUDGET_LINE.AMOUNT)
                .from(GRANT_BUDGET_LINE)
                .where(GRANT_BUDGET_LINE.GRANT_ID.in(grantIds))
                .orderBy(GRANT_BUDGET_LINE.ID)
                .forEach(r -> lines.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>())
                        .add(new BudgetLine(r.value2(), BudgetCategory.valueOf(r.value3()), r.value4(), r.value5())));
        return lines;
    }

    private void setProjects(long grantId, Set<Long> projectIds) {
        for (long projectId : projectIds) {
            db.insertInto(GRANT_PROJECT)
                    .set(GRANT_PROJECT.GRANT_ID, grantId)
                    .set(GRANT_PROJECT.PROJECT_ID, projectId)
                    .execute();
        }
    }

    /** Project ids by grant, for the given grants or (null) all. */
    private Map<Long, Set<Long>> projectsOf(Set<Long> grantIds) {
        Map<Long, Set<Long>> projects = new HashMap<>();
        db.select(GRANT_PROJECT.GRANT_ID, GRANT_PROJECT.PROJECT_ID)
                .from(GRANT_PROJECT)
                .where(grantIds == null ? DSL.noCondition() : GRANT_PROJECT.GRANT_ID.in(grantIds))
                .forEach(r -> projects.computeIfAbsent(r.value1(), k -> new HashSet<>())
                        .add(r.value2()));
        return projects;
    }

    private static void fill(GrantAgreementRecord record, GrantData data) {
        record.setTitle(data.title());
        record.setGranteeName(data.granteeName());
        record.setGranteeKind(data.granteeKind().name());
        record.setGranteeContact(data.granteeContact());
        record.setBankReference(data.bankReference());
        record.setAmount(data.amount());
        record.setCurrency(data.currency());
        record.setCofundingAmount(data.cofundingAmount());
        record.setCofundingKind(
                data.cofundingKind() == null ? null : data.cofundingKind().name());
        record.setCofundingNote(data.cofundingNote());
        record.setStartOn(data.startOn());
        record.setEndOn(data.endOn());
        record.setTolerancePercent(data.tolerancePercent());
        record.setReportEveryMonths(data.reportEveryMonths());
    }

    /** What {@link #toGrant} reads of an agreement: everything but the time of its last change. */
    private static final List<SelectField<?>> GRANT_FIELDS = List.of(
            GRANT_AGREEMENT.ID,
            GRANT_AGREEMENT.TITLE,
            GRANT_AGREEMENT.GRANTEE_NAME,
            GRANT_AGREEMENT.GRANTEE_KIND,
            GRANT_AGREEMENT.GRANTEE_CONTACT,
            GRANT_AGREEMENT.BANK_REFERENCE,
            GRANT_AGREEMENT.AMOUNT,
            GRANT_AGREEMENT.CURRENCY,
            GRANT_AGREEMENT.COFUNDING_AMOUNT,
            GRANT_AGREEMENT.COFUNDING_KIND,
            GRANT_AGREEMENT.COFUNDING_NOTE,
            GRANT_AGREEMENT.START_ON,
            GRANT_AGREEMENT.END_ON,
            GRANT_AGREEMENT.TOLERANCE_PERCENT,
            GRANT_AGREEMENT.REPORT_EVERY_MONTHS,
            GRANT_AGREEMENT.STATUS,
            GRANT_AGREEMENT.PREPARED_BY,
            GRANT_AGREEMENT.SUBMITTED_BY,
            GRANT_AGREEMENT.SUBMITTED_AT,
            GRANT_AGREEMENT.APPROVED_BY,
            GRANT_AGREEMENT.APPROVED_AT,
            GRANT_AGREEMENT.CREATED_AT);

    private static Grant toGrant(Record r, Set<Long> projectIds) {
        String cofundingKind = r.get(GRANT_AGREEMENT.COFUNDING_KIND);
        GrantData data = new GrantData(
                r.get(GRANT_AGREEMENT.TITLE),
                projectIds,
                r.get(GRANT_AGREEMENT.GRANTEE_NAME),
                GranteeKind.valueOf(r.get(GRANT_AGREEMENT.GRANTEE_KIND)),
                r.get(GRANT_AGREEMENT.GRANTEE_CONTACT),
                r.get(GRANT_AGREEMENT.BANK_REFERENCE),
                r.get(GRANT_AGREEMENT.AMOUNT),
                r.get(GRANT_AGREEMENT.CURRENCY),
                r.get(GRANT_AGREEMENT.COFUNDING_AMOUNT),
                cofundingKind == null ? null : CofundingKind.valueOf(cofundingKind),
                r.get(GRANT_AGREEMENT.COFUNDING_NOTE),
                r.get(GRANT_AGREEMENT.START_ON),
                r.get(GRANT_AGREEMENT.END_ON),
                r.get(GRANT_AGREEMENT.TOLERANCE_PERCENT),
                r.get(GRANT_AGREEMENT.REPORT_EVERY_MONTHS));
        return new Grant(
                r.get(GRANT_AGREEMENT.ID),
                data,
                GrantStatus.valueOf(r.get(GRANT_AGREEMENT.STATUS)),
                r.get(GRANT_AGREEMENT.PREPARED_BY),
                r.get(GRANT_AGREEMENT.SUBMITTED_BY),
                r.get(GRANT_AGREEMENT.SUBMITTED_AT),
                r.get(GRANT_AGREEMENT.APPROVED_BY),
                r.get(GRANT_AGREEMENT.APPROVED_AT),
                r.get(GRANT_AGREEMENT.CREATED_AT));
    }

    private static final List<SelectField<?>> TRANCHE_FIELDS = List.of(
            GRANT_TRANCHE.ID,
            GRANT_TRANCHE.NUMBER,
            GRANT_TRANCHE.AMOUNT,
            GRANT_TRANCHE.PLANNED_ON,
            GRANT_TRANCHE.CONDITIONS);

    private static Tranche toTranche(Record r) {
        return new Tranche(
                r.get(GRANT_TRANCHE.ID),
                r.get(GRANT_TRANCHE.NUMBER),
                r.get(GRANT_TRANCHE.AMOUNT),
                r.get(GRANT_TRANCHE.PLANNED_ON),
                r.get(GRANT_TRANCHE.CONDITIONS));
    }
}
