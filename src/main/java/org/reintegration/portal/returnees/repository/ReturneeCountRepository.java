package org.reintegration.portal.returnees.repository;

import static org.reintegration.portal.base.jooq.Tables.RETURNEE_COUNT;
import static org.reintegration.portal.base.jooq.Tables.RETURNEE_COUNT_CORRECTION;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.jooq.tables.records.ReturneeCountRecord;
import org.reintegration.portal.returnees.ReturneeCorrection;
import org.reintegration.portal.returnees.ReturneeCount;
import org.reintegration.portal.returnees.ReturneeCountData;
import org.reintegration.portal.returnees.ReturneeFigures;
import org.springframework.stereotype.Repository;

@Repository
public class ReturneeCountRepository {

    /** How many keys go into one IN list. */
    private static final int KEYS_PER_QUERY = 500;

    /** The columns a {@link ReturneeCount} is made of. */
    private static final List<Field<?>> COUNT_COLUMNS = List.of(
            RETURNEE_COUNT.ID,
            RETURNEE_COUNT.ADMIN_PCODE,
            RETURNEE_COUNT.COMMUNITY_ID,
            RETURNEE_COUNT.PERIOD_LABEL,
            RETURNEE_COUNT.PERIOD_END,
            RETURNEE_COUNT.INDIVIDUALS,
            RETURNEE_COUNT.HOUSEHOLDS,
            RETURNEE_COUNT.FEMALES,
            RETURNEE_COUNT.MALES,
            RETURNEE_COUNT.FROM_ABROAD,
            RETURNEE_COUNT.SOURCE,
            RETURNEE_COUNT.RECORDED_AT);

    private final DSLContext db;

    ReturneeCountRepository(DSLContext db) {
        this.db = db;
    }

    /** The stored counts with these import keys, by key. */
    public Map<String, ReturneeCount> findByImportKeys(Collection<String> keys) {
        List<String> all = List.copyOf(keys);
        Map<String, ReturneeCount> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            db.select(COUNT_COLUMNS)
                    .select(RETURNEE_COUNT.IMPORT_KEY)
                    .from(RETURNEE_COUNT)
                    .where(RETURNEE_COUNT.IMPORT_KEY.in(chunk))
                    .forEach(r -> found.put(r.get(RETURNEE_COUNT.IMPORT_KEY), toCount(r)));
        }
        return found;
    }

    public boolean existsImportKey(String key) {
        return db.fetchExists(RETURNEE_COUNT, RETURNEE_COUNT.IMPORT_KEY.eq(key));
    }

    public long insert(ReturneeCountData data, LocalDateTime now) {
        ReturneeCountRecord record = db.newRecord(RETURNEE_COUNT);
        record.setAdminPcode(data.area().value());
        record.setCommunityId(data.communityId());
        record.setPeriodLabel(data.periodLabel());
        record.setPeriodEnd(data.periodEnd());
        record.setIndividuals(data.individuals());
        record.setHouseholds(data.households());
        record.setFemales(data.females());
        record.setMales(data.males());
        record.setFromAbroad(data.fromAbroad());
        record.setSource(data.source());
        record.setImportKey(data.importKey());
        record.setRecordedAt(now);
        db.insertInto(RETURNEE_COUNT).set(record).execute();
        // Not INSERT … RETURNING: Connector/J refuses it on MariaDB. LAST_INSERT_ID() is per connection.
        return db.lastID().longValueExact();
    }

    /**
     * Counts newest reporting date first.
     *
     * @param areas          only counts in these admin areas; null for any area
     * @param areaCountsOnly only counts of whole areas, leaving out those of single communities
     */
    public List<ReturneeCount> find(Collection<PCode> areas, boolean areaCountsOnly, int limit) {
        Condition condition = DSL.noCondition();
        if (areas != null) {
            condition = condition.and(RETURNEE_COUNT.ADMIN_PCODE.in(
                    areas.stream().map(PCode::value).collect(Collectors.toSet())));
        }
        if (areaCountsOnly) {
            condition = condition.and(RETURNEE_COUNT.COMMUNITY_ID.isNull());
        }
        return db.select(COUNT_COLUMNS)
                .from(RETURNEE_COUNT)
                .where(condition)
                .orderBy(
                        RETURNEE_COUNT.PERIOD_END.desc(),
                        RETURNEE_COUNT.ADMIN_PCODE.asc(),
                        RETURNEE_COUNT.COMMUNITY_ID.asc().nullsFirst(),
                        RETURNEE_COUNT.ID.desc())
                .limit(limit)
                .fetch(ReturneeCountRepository::toCount);
    }

    /** The count, locked until the transaction ends so that corrections of it take turns. */
    public Optional<ReturneeCount> lock(long id) {
        return db.select(COUNT_COLUMNS)
                .from(RETURNEE_COUNT)
                .where(RETURNEE_COUNT.ID.eq(id))
                .forUpdate()
                .fetchOptional(ReturneeCountRepository::toCount);
    }

    /** Stores a correction and puts its figures into the count, in the caller's transaction. */
    public long correct(
            long countId, ReturneeFigures before, ReturneeFigures after, String reason, String by, LocalDateTime at) {
        db.insertInto(RETURNEE_COUNT_CORRECTION)
                .set(RETURNEE_COUNT_CORRECTION.COUNT_ID, countId)
                .set(RETURNEE_COUNT_CORRECTION.INDIVIDUALS_BEFORE, before.individuals())
                .set(RETURNEE_COUNT_CORRECTION.HOUSEHOLDS_BEFORE, before.households())
                .set(RETURNEE_COUNT_CORRECTION.FEMALES_BEFORE, before.females())
                .set(RETURNEE_COUNT_CORRECTION.MALES_BEFORE, before.males())
                .set(RETURNEE_COUNT_CORRECTION.FROM_ABROAD_BEFORE, before.fromAbroad())
                .set(RETURNEE_COUNT_CORRECTION.INDIVIDUALS, after.individuals())
                .set(RETURNEE_COUNT_CORRECTION.HOUSEHOLDS, after.households())
                .set(RETURNEE_COUNT_CORRECTION.FEMALES, after.females())
                .set(RETURNEE_COUNT_CORRECTION.MALES, after.males())
                .set(RETURNEE_COUNT_CORRECTION.FROM_ABROAD, after.fromAbroad())
                .set(RETURNEE_COUNT_CORRECTION.REASON, reason)
                .set(RETURNEE_COUNT_CORRECTION.CORRECTED_BY, by)
                .set(RETURNEE_COUNT_CORRECTION.CORRECTED_AT, at)
                .execute();
        long id = db.lastID().longValueExact();
        db.update(RETURNEE_COUNT)
                .set(RETURNEE_COUNT.INDIVIDUALS, after.individuals())
                .set(RETURNEE_COUNT.HOUSEHOLDS, after.households())
                .set(RETURNEE_COUNT.FEMALES, after.females())
                .set(RETURNEE_COUNT.MALES, after.males())
                .set(RETURNEE_COUNT.FROM_ABROAD, after.fromAbroad())
                .where(RETURNEE_COUNT.ID.eq(countId))
                .execute();
        return id;
    }

    /** The corrections of a count, newest first. */
    public List<ReturneeCorrection> corrections(long countId) {
        var c = RETURNEE_COUNT_CORRECTION;
        return db.select(
                        c.ID,
                        c.COUNT_ID,
                        c.INDIVIDUALS_BEFORE,
                        c.HOUSEHOLDS_BEFORE,
                        c.FEMALES_BEFORE,
                        c.MALES_BEFORE,
                        c.FROM_ABROAD_BEFORE,
                        c.INDIVIDUALS,
                        c.HOUSEHOLDS,
                        c.FEMALES,
                        c.MALES,
                        c.FROM_ABROAD,
                        c.REASON,
                        c.CORRECTED_BY,
                        c.CORRECTED_AT)
                .from(c)
                .where(c.COUNT_ID.eq(countId))
                .orderBy(c.ID.desc())
                .fetch(r -> new ReturneeCorrection(
                        r.value1(),
                        r.value2(),
                        new ReturneeFigures(r.value3(), r.value4(), r.value5(), r.value6(), r.value7()),
                        new ReturneeFigures(r.value8(), r.value9(), r.value10(), r.value11(), r.value12()),
                        r.value13(),
                        r.value14(),
                        r.value15()));
    }

    private static ReturneeCount toCount(Record r) {
        return new ReturneeCount(
                r.get(RETURNEE_COUNT.ID),
                new ReturneeCountData(
                        PCode.of(r.get(RETURNEE_COUNT.ADMIN_PCODE)),
                        r.get(RETURNEE_COUNT.COMMUNITY_ID),
                        r.get(RETURNEE_COUNT.PERIOD_LABEL),
                        r.get(RETURNEE_COUNT.PERIOD_END),
                        r.get(RETURNEE_COUNT.INDIVIDUALS),
                        r.get(RETURNEE_COUNT.HOUSEHOLDS),
                        r.get(RETURNEE_COUNT.FEMALES),
                        r.get(RETURNEE_COUNT.MALES),
                        r.get(RETURNEE_COUNT.FROM_ABROAD),
                        r.get(RETURNEE_COUNT.SOURCE)),
                r.get(RETURNEE_COUNT.RECORDED_AT));
    }
}
