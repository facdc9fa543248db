package org.reintegration.portal.returnees.repository;

import static org.reintegration.portal.base.jooq.Tables.AREA_POPULATION;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.returnees.AreaPopulation;
import org.springframework.stereotype.Repository;

@Repository
public class AreaPopulationRepository {

    private final DSLContext db;

    AreaPopulationRepository(DSLContext db) {
        this.db = db;
    }

    /** Every stored figure: one per area and year, a few thousand at most. */
    public List<AreaPopulation> findAll() {
        return db.select(
                        AREA_POPULATION.ADMIN_PCODE,
                        AREA_POPULATION.REFERENCE_YEAR,
                        AREA_POPULATION.POPULATION,
                        AREA_POPULATION.SOURCE)
                .from(AREA_POPULATION)
                .fetch(r -> new AreaPopulation(PCode.of(r.value1()), r.value2(), r.value3(), r.value4()));
    }

    public void insert(AreaPopulation figure, LocalDateTime now) {
        db.insertInto(AREA_POPULATION)
                .set(AREA_POPULATION.ADMIN_PCODE, figure.area().value())
                .set(AREA_POPULATION.REFERENCE_YEAR, figure.referenceYear())
                .set(AREA_POPULATION.POPULATION, figure.population())
                .set(AREA_POPULATION.SOURCE, figure.source())
                .set(AREA_POPULATION.RECORDED_AT, now)
                .execute();
    }
}
