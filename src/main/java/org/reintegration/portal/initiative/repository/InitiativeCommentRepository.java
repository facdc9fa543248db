package org.reintegration.portal.initiative.repository;

import static org.reintegration.portal.base.jooq.Tables.INITIATIVE_COMMENT;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.reintegration.portal.base.OfficialComment;
import org.springframework.stereotype.Repository;

@Repository
public class InitiativeCommentRepository {

    private final DSLContext db;

    InitiativeCommentRepository(DSLContext db) {
        this.db = db;
    }

    public void insert(long initiativeId, String username, String name, String office, String text, LocalDateTime at) {
        db.insertInto(INITIATIVE_COMMENT)
                .set(INITIATIVE_COMMENT.INITIATIVE_ID, initiativeId)
                .set(INITIATIVE_COMMENT.AUTHOR_USERNAME, username)
                .set(INITIATIVE_COMMENT.AUTHOR_NAME, name)
                .set(INITIATIVE_COMMENT.AUTHOR_OFFICE, office)
                .set(INITIATIVE_COMMENT.TEXT, text)
                .set(INITIATIVE_COMMENT.CREATED_AT, at)
                .execute();
    }

    /** An initiative's official comments, oldest first. */
    public List<OfficialComment> comments(long initiativeId) {
        return db.select(
                        INITIATIVE_COMMENT.ID,
                        INITIATIVE_COMMENT.AUTHOR_NAME,
                        INITIATIVE_COMMENT.AUTHOR_OFFICE,
                        INITIATIVE_COMMENT.TEXT,
                        INITIATIVE_COMMENT.CREATED_AT)
                .from(INITIATIVE_COMMENT)
                .where(INITIATIVE_COMMENT.INITIATIVE_ID.eq(initiativeId))
                .orderBy(INITIATIVE_COMMENT.CREATED_AT, INITIATIVE_COMMENT.ID)
                .fetch(r -> new OfficialComment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
