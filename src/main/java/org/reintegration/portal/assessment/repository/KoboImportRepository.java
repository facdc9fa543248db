package org.reintegration.portal.assessment.repository;

import static org.reintegration.portal.base.jooq.Tables.KOBO_SUBMISSION;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class KoboImportRepository {

    private final DSLContext db;

    KoboImportRepository(DSLContext db) {
        this.db = db;
    }

    /** Those of the given submission ids that an earlier import recorded. */
    public Set<String> importedUuids(Collection<String> uuids) {
        if (uuids.isEmpty()) {
            return Set.of();
        }
        return db.select(KOBO_SUBMISSION.UUID)
                .from(KOBO_SUBMISSION)
                .where(KOBO_SUBMISSION.UUID.in(uuids))
                .fetchSet(KOBO_SUBMISSION.UUID);
    }

    public void insertSubmission(
            String uuid, long profileId, LocalDateTime submittedAt, String importedBy, LocalDateTime importedAt) {
        db.insertInto(KOBO_SUBMISSION)
                .set(KOBO_SUBMISSION.UUID, uuid)
                .set(KOBO_SUBMISSION.PROFILE_ID, profileId)
                .set(KOBO_SUBMISSION.SUBMITTED_AT, submittedAt)
                .set(KOBO_SUBMISSION.IMPORTED_BY, importedBy)
                .set(KOBO_SUBMISSION.IMPORTED_AT, importedAt)
                .execute();
    }
}
