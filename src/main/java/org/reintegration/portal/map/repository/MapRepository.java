package org.reintegration.portal.map.repository;

import static org.reintegration.portal.base.jooq.Tables.RETURNEE_COUNT;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.reintegration.portal.base.PCode;
import org.springframework.stereotype.Repository;

/**
 * The map's read model of returnee counts: the raw figures, which the map service aggregates and suppresses.
 * Only counts of whole areas (not of single communities) are read; where an area has several counts for one
 * reporting date, the latest recorded one counts.
 */
@Repository
public class MapRepository {

    private final DSLContext db;

    MapRepository(DSLContext db) {
        this.db = db;
    }

    /** Every reporting date with an area count, newest first, each with the label of its latest recorded count. */
    public List<AreaPeriod> periods() {
        Field<Integer> latest = DSL.rowNumber()
                .over()
                .partitionBy(RETURNEE_COUNT.PERIOD_END)
                .orderBy(RETURNEE_COUNT.ID.desc())
                .as("latest");
        var ranked = db.select(RETURNEE_COUNT.PERIOD_END, RETURNEE_COUNT.PERIOD_LABEL, latest)
                .from(RETURNEE_COUNT)
                .where(RETURNEE_COUNT.COMMUNITY_ID.isNull())
                .asTable("ranked");
        return db.select(ranked.field(RETURNEE_COUNT.PERIOD_END), ranked.field(RETURNEE_COUNT.PERIOD_LABEL))
                .from(ranked)
                .where(ranked.field(latest).eq(1))
                .orderBy(ranked.field(RETURNEE_COUNT.PERIOD_END).desc())
                .fetch(r -> new AreaPeriod(r.value1(), r.value2()));
    }

    /** Each area's latest recorded count for one reporting date. */
    public Map<PCode, Integer> countsAt(LocalDate periodEnd) {
        Field<Integer> latest = DSL.rowNumber()
                .over()
                .partitionBy(RETURNEE_COUNT.ADMIN_PCODE)
                .orderBy(RETURNEE_COUNT.ID.desc())
                .as("latest");
        var ranked = db.select(RETURNEE_COUNT.ADMIN_PCODE, RETURNEE_COUNT.INDIVIDUALS, latest)
                .from(RETURNEE_COUNT)
                .where(RETURNEE_COUNT.PERIOD_END.eq(periodEnd))
                .and(RETURNEE_COUNT.COMMUNITY_ID.isNull())
                .asTable("ranked");
        Map<PCode, Integer> counts = new HashMap<>();
        db.select(ranked.field(RETURNEE_COUNT.ADMIN_PCODE), ranked.field(RETURNEE_COUNT.INDIVIDUALS))
                .from(ranked)
                .where(ranked.field(latest).eq(1))
                .forEach(r -> counts.put(PCode.of(r.value1()), r.value2()));
        return counts;
    }

    /** A reporting date with area counts and what its latest recorded count calls it. */
    public record AreaPeriod(LocalDate end, String label) {}
}
