package org.reintegration.portal.monitoring.repository;

import static org.reintegration.portal.base.jooq.Tables.INDICATOR;
import static org.reintegration.portal.base.jooq.Tables.INDICATOR_ACTUAL;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.reintegration.portal.base.jooq.tables.records.IndicatorActualRecord;
import org.reintegration.portal.base.jooq.tables.records.IndicatorRecord;
import org.reintegration.portal.monitoring.Actual;
import org.reintegration.portal.monitoring.Indicator;
import org.reintegration.portal.monitoring.IndicatorData;
import org.reintegration.portal.monitoring.IndicatorLevel;
import org.reintegration.portal.monitoring.IndicatorUnit;
import org.reintegration.portal.monitoring.StarterIndicator;
import org.springframework.stereotype.Repository;

@Repository
public class IndicatorRepository {

    private final DSLContext db;

    IndicatorRepository(DSLContext db) {
        this.db = db;
    }

    /** @param projectId null for an indicator of the programme */
    public long insert(Long projectId, IndicatorData d, String by, LocalDateTime at) {
        IndicatorRecord r = db.newRecord(INDICATOR);
        r.setProjectId(projectId);
        fill(r, d);
        r.setCreatedBy(by);
        r.setCreatedAt(at);
        db.insertInto(INDICATOR).set(r).execute();
        // Not INSERT … RETURNING: Connector/J refuses it on MariaDB.
        return db.lastID().longValueExact();
    }

    public void update(long id, IndicatorData d) {
        IndicatorRecord r = db.fetchSingle(INDICATOR, INDICATOR.ID.eq(id));
        fill(r, d);
        db.executeUpdate(r);
    }

    public Optional<Indicator> find(long id) {
        return db.selectFrom(INDICATOR).where(INDICATOR.ID.eq(id)).fetchOptional(IndicatorRepository::toIndicator);
    }

    /** @param projectId null for the programme's own indicators */
    public List<Indicator> ofProject(Long projectId) {
        Condition which = projectId == null ? INDICATOR.PROJECT_ID.isNull() : INDICATOR.PROJECT_ID.eq(projectId);
        return db.selectFrom(INDICATOR)
                .where(which)
                .orderBy(INDICATOR.LEVEL.desc(), INDICATOR.ID)
                .fetch(IndicatorRepository::toIndicator);
    }

    /** The indicators of these projects, each project's in the order of {@link #ofProject}. */
    public List<Indicator> ofProjects(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(INDICATOR)
                .where(INDICATOR.PROJECT_ID.in(projectIds))
                .orderBy(INDICATOR.LEVEL.desc(), INDICATOR.ID)
                .fetch(IndicatorRepository::toIndicator);
    }

    /** The actuals of these indicators by indicator id. */
    public Map<Long, List<Actual>> actualsOf(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        return db
                .selectFrom(INDICATOR_ACTUAL)
                .where(INDICATOR_ACTUAL.INDICATOR_ID.in(indicatorIds))
                .orderBy(INDICATOR_ACTUAL.PERIOD_START, INDICATOR_ACTUAL.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        IndicatorActualRecord::getIndicatorId,
                        Collectors.mapping(IndicatorRepository::toActual, Collectors.toList())));
    }

    public void insertActual(long indicatorId, Actual a, String by, LocalDateTime at) {
        IndicatorActualRecord r = db.newRecord(INDICATOR_ACTUAL);
        r.setIndicatorId(indicatorId);
        r.setPeriodStart(a.periodStart());
        r.setPeriodEnd(a.periodEnd());
        r.setValue(a.value());
        r.setFemale(a.female());
        r.setMale(a.male());
        r.setReturnees(a.returnees());
        r.setResidents(a.residents());
        r.setNote(a.note());
        r.setRecordedBy(by);
        r.setRecordedAt(at);
        db.insertInto(INDICATOR_ACTUAL).set(r).execute();
    }

    /** @return true when the actual belonged to the indicator and is gone */
    public boolean deleteActual(long indicatorId, long actualId) {
        return db.deleteFrom(INDICATOR_ACTUAL)
                        .where(INDICATOR_ACTUAL.ID.eq(actualId).and(INDICATOR_ACTUAL.INDICATOR_ID.eq(indicatorId)))
                        .execute()
                == 1;
    }

    private static void fill(IndicatorRecord r, IndicatorData d) {
        r.setStarter(d.starter() == null ? null : d.starter().name());
        r.setName(d.name());
        r.setLevel(d.level().name());
        r.setUnit(d.unit().name());
        r.setAscending(d.ascending());
        r.setBaseline(d.baseline());
        r.setBaselineDate(d.baselineDate());
        r.setTarget(d.target());
        r.setTargetDate(d.targetDate());
    }

    private static Indicator toIndicator(IndicatorRecord r) {
        return new Indicator(
                r.getId(),
                r.getProjectId(),
                new IndicatorData(
                        r.getStarter() == null ? null : StarterIndicator.valueOf(r.getStarter()),
                        r.getName(),
                        IndicatorLevel.valueOf(r.getLevel()),
                        IndicatorUnit.valueOf(r.getUnit()),
                        r.getAscending(),
                        r.getBaseline(),
                        r.getBaselineDate(),
                        r.getTarget(),
                        r.getTargetDate()));
    }

    private static Actual toActual(IndicatorActualRecord r) {
        return new Actual(
                r.getId(),
                r.getPeriodStart(),
                r.getPeriodEnd(),
                r.getValue(),
                r.getFemale(),
                r.getMale(),
                r.getReturnees(),
                r.getResidents(),
                r.getNote());
    }
}
