package org.reintegration.portal.grant.repository;

import static org.reintegration.portal.base.jooq.Tables.GRANT_EVENT;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.reintegration.portal.grant.EventKind;
import org.reintegration.portal.grant.GrantEvent;
import org.springframework.stereotype.Repository;

/**
 * The grants' audit trail. Only INSERT and SELECT: this class has no way to change or remove an event, and
 * the database's triggers refuse it from anywhere else.
 */
@Repository
public class GrantEventRepository {

    private final DSLContext db;

    GrantEventRepository(DSLContext db) {
        this.db = db;
    }

    public void append(long grantId, String actor, EventKind kind, String detail, LocalDateTime at) {
        db.insertInto(GRANT_EVENT)
                .set(GRANT_EVENT.GRANT_ID, grantId)
                .set(GRANT_EVENT.HAPPENED_AT, at)
                .set(GRANT_EVENT.ACTOR, actor)
                .set(GRANT_EVENT.KIND, kind.name())
                .set(GRANT_EVENT.DETAIL, detail.length() > 2000 ? detail.substring(0, 2000) : detail)
                .execute();
    }

    /** The grant's events in the order they were recorded. */
    public List<GrantEvent> events(long grantId) {
        return db.selectFrom(GRANT_EVENT)
                .where(GRANT_EVENT.GRANT_ID.eq(grantId))
                .orderBy(GRANT_EVENT.ID)
                .fetch(r -> new GrantEvent(
                        r.getId(),
                        r.getGrantId(),
                        r.getHappenedAt(),
                        r.getActor(),
                        EventKind.valueOf(r.getKind()),
                        r.getDetail()));
    }
}
