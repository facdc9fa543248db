package org.reintegration.portal.map.repository;

import static org.reintegration.portal.base.jooq.Tables.RETURNEE_COUNT;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.reintegration.portal.base.PCode;
import org.springframework.stereotype.Repository;

/** The map's read model of returnee counts: the raw figures, which the map service aggregates and suppresses. */
@Repository
public class MapRepository {

    private final DSLContext db;

    MapRepository(DSLContext db) {
        this.db = db;
    }

    /** Counts of whole areas (not of single communities), oldest recorded first. */
    public List<AreaCount> findAreaCounts() {
        return db.select(
                        RETURNEE_COUNT.ADMIN_PCODE,
                        RETURNEE_COUNT.PERIOD_END,
                        RETURNEE_COUNT.PERIOD_LABEL,
                        RETURNEE_COUNT.INDIVIDUALS)
                .from(RETURNEE_COUNT)
                .where(RETURNEE_COUNT.COMMUNITY_ID.isNull())
                .orderBy(RETURNEE_COUNT.ID)
                .fetch(r -> new AreaCount(PCode.of(r.value1()), r.value2(), r.value3(), r.value4()));
    }

    /** One stored count of an area. */
    public record AreaCount(PCode area, LocalDate periodEnd, String periodLabel, int individuals) {}
}
