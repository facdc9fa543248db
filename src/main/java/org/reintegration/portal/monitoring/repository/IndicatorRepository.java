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
import org.jooq.Record;
import org.jooq.SelectField;
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
        IndicatorRecord r = db.newRecord(INDICATOR);
        fill(r, d);
        db.update(INDICATOR).set(r).where(INDICATOR.ID.eq(id)).execute();
    }

    public Optional<Indicator> find(long id) {
        return db.select(INDICATOR_FIELDS)
                .from(INDICATOR)
                .where(INDICATOR.ID.eq(id))
                .fetchOptional(IndicatorRepository::toIndicator);
    }

    /** @param projectId null for the programme's own indicators */
    public List<Indicator> ofProject(Long projectId) {
        Condition which = projectId == null ? INDICATOR.PROJECT_ID.isNull() : INDICATOR.PROJECT_ID.eq(projectId);
        return db.select(INDICATOR_FIELDS)
                .from(INDICATOR)
                .where(which)
                .orderBy(INDICATOR.LEVEL.desc(), INDICATOR.ID)
                .fetch(IndicatorRepository::toIndicator);
    }

    /** The indicators of these projects, each project's in the order of {@link #ofProject}. */
    public List<Indicator> ofProjects(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return db.select(INDICATOR_FIELDS)
                .from(INDICATOR)
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
                .select(ACTUAL_FIELDS)
                .from(INDICATOR_ACTUAL)
                .where(INDICATOR_ACTUAL.INDICATOR_ID.in(indicatorIds))
                .orderBy(INDICATOR_ACTUAL.PERIOD_START, INDICATOR_ACTUAL.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.get(INDICATOR_ACTUAL.INDICATOR_ID),
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

    /** What {@link #toIndicator} reads of an indicator: everything but who created it and when. */
    private static final List<SelectField<?>> INDICATOR_FIELDS = List.of(
            INDICATOR.ID,
            INDICATOR.PROJECT_ID,
            INDICATOR.STARTER,
            INDICATOR.NAME,
            INDICATOR.LEVEL,
            INDICATOR.UNIT,
            INDICATOR.ASCENDING,
            INDICATOR.BASELINE,
            INDICATOR.BASELINE_DATE,
            INDICATOR.TARGET,
            INDICATOR.TARGET_DATE);

    private static Indicator toIndicator(Record r) {
        String starter = r.get(INDICATOR.STARTER);
        return new Indicator(
                r.get(INDICATOR.ID),
                r.get(INDICATOR.PROJECT_ID),
                new IndicatorData(
                        starter == null ? null : StarterIndicator.valueOf(starter),
                        r.get(INDICATOR.NAME),
                        IndicatorLevel.valueOf(r.get(INDICATOR.LEVEL)),
                        IndicatorUnit.valueOf(r.get(INDICATOR.UNIT)),
                        r.get(INDICATOR.ASCENDING),
                        r.get(INDICATOR.BASELINE),
                        r.get(INDICATOR.BASELINE_DATE),
                        r.get(INDICATOR.TARGET),
                        r.get(INDICATOR.TARGET_DATE)));
    }

    /** What {@link #toActual} reads of an actual, with its indicator: everything but who recorded it and when. */
    private static final List<SelectField<?>> ACTUAL_FIELDS = List.of(
            INDICATOR_ACTUAL.INDICATOR_ID,
            INDICATOR_ACTUAL.ID,
            INDICATOR_ACTUAL.PERIOD_START,
            INDICATOR_ACTUAL.PERIOD_END,
            INDICATOR_ACTUAL.VALUE,
            INDICATOR_ACTUAL.FEMALE,
            INDICATOR_ACTUAL.MALE,
            INDICATOR_ACTUAL.RETURNEES,
            INDICATOR_ACTUAL.RESIDENTS,
            INDICATOR_ACTUAL.NOTE);

    private static Actual toActual(Record r) {
        return new Actual(
                r.get(INDICATOR_ACTUAL.ID),
                r.get(INDICATOR_ACTUAL.PERIOD_START),
                r.get(INDICATOR_ACTUAL.PERIOD_END),
                r.get(INDICATOR_ACTUAL.VALUE),
                r.get(INDICATOR_ACTUAL.FEMALE),
                r.get(INDICATOR_ACTUAL.MALE),
                r.get(INDICATOR_ACTUAL.RETURNEES),
                r.get(INDICATOR_ACTUAL.RESIDENTS),
                r.get(INDICATOR_ACTUAL.NOTE));
    }
}
