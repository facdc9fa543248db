package org.reintegration.portal.returnees.repository;

import static org.reintegration.portal.base.jooq.Tables.RETURNEE_COUNT;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.jooq.tables.records.ReturneeCountRecord;
import org.reintegration.portal.returnees.ReturneeCount;
import org.reintegration.portal.returnees.ReturneeCountData;
import org.springframework.stereotype.Repository;

@Repository
public class ReturneeCountRepository {

    /** How many keys go into one IN list. */
    private static final int KEYS_PER_QUERY = 500;

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
            db.selectFrom(RETURNEE_COUNT)
                    .where(RETURNEE_COUNT.IMPORT_KEY.in(chunk))
                    .forEach(r -> found.put(r.getImportKey(), toCount(r)));
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
        return db.selectFrom(RETURNEE_COUNT)
                .where(condition)
                .orderBy(
                        RETURNEE_COUNT.PERIOD_END.desc(),
                        RETURNEE_COUNT.ADMIN_PCODE.asc(),
                        RETURNEE_COUNT.COMMUNITY_ID.asc().nullsFirst(),
                        RETURNEE_COUNT.ID.desc())
                .limit(limit)
                .fetch(ReturneeCountRepository::toCount);
    }

    private static ReturneeCount toCount(ReturneeCountRecord r) {
        return new ReturneeCount(
                r.getId(),
                new ReturneeCountData(
                        PCode.of(r.getAdminPcode()),
                        r.getCommunityId(),
                        r.getPeriodLabel(),
                        r.getPeriodEnd(),
                        r.getIndividuals(),
                        r.getHouseholds(),
                        r.getFemales(),
                        r.getMales(),
                        r.getFromAbroad(),
                        r.getSource()),
                r.getRecordedAt());
    }
}
