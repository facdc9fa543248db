package org.reintegration.portal.interop.kobo.repository;

import static org.reintegration.portal.base.jooq.Tables.KOBO_MAPPING;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The saved Kobo field mappings, one per import by name (the assessment import's, the outcome survey's). */
@Repository
public class KoboMappingRepository {

    private final DSLContext db;

    KoboMappingRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<String> mapping(String name) {
        return db.select(KOBO_MAPPING.MAPPING)
                .from(KOBO_MAPPING)
                .where(KOBO_MAPPING.NAME.eq(name))
                .fetchOptional(KOBO_MAPPING.MAPPING);
    }

    public void saveMapping(String name, String mapping, String by, LocalDateTime at) {
        db.insertInto(KOBO_MAPPING)
                .set(KOBO_MAPPING.NAME, name)
                .set(KOBO_MAPPING.MAPPING, mapping)
                .set(KOBO_MAPPING.UPDATED_BY, by)
                .set(KOBO_MAPPING.UPDATED_AT, at)
                .onDuplicateKeyUpdate()
                .set(KOBO_MAPPING.MAPPING, DSL.excluded(KOBO_MAPPING.MAPPING))
                .set(KOBO_MAPPING.UPDATED_BY, DSL.excluded(KOBO_MAPPING.UPDATED_BY))
                .set(KOBO_MAPPING.UPDATED_AT, DSL.excluded(KOBO_MAPPING.UPDATED_AT))
                .execute();
    }
}
