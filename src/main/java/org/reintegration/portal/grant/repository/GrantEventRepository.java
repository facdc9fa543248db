package org.reintegration.portal.grant.repository;

import static org.reintegration.portal.base.jooq.Tables.GRANT_EVENT;
import static org.reintegration.portal.base.jooq.Tables.GRANT_EVENT_CHAIN;
import static org.reintegration.portal.base.jooq.Tables.GRANT_EVENT_HEAD;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.reintegration.portal.grant.EventChain;
import org.reintegration.portal.grant.EventKind;
import org.reintegration.portal.grant.GrantEvent;
import org.springframework.stereotype.Repository;

/**
 * The grants' audit trail. Only INSERT and SELECT on events: this class has no way to change or remove one.
 * Each event is sealed into its grant's hash chain ({@link EventChain}) in the same transaction as it is
 * recorded; where the database allows triggers, they also refuse changes from anywhere else.
 */
@Repository
public class GrantEventRepository {

    private static final int DETAIL_MAX = 2000;

    private final DSLContext db;

    GrantEventRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Records an event and chains it to the grant's previous one. The grant's head row is locked first
     * (created if the grant has none yet), so two appends to one grant take turns and cannot both take the same
     * number; the unique key on (grant, number) backs that up. The hash is computed from the event as read back
     * from the database, which is what a later check will read.
     */
    public void append(long grantId, String actor, EventKind kind, String detail, LocalDateTime at) {
        EventChain.Head head = lockHead(grantId);
        if (head.hash() == null && head.number() > 0) {
            head = sealRecordedEarlier(grantId);
        }
        db.insertInto(GRANT_EVENT)
                .set(GRANT_EVENT.GRANT_ID, grantId)
                .set(GRANT_EVENT.HAPPENED_AT, at)
                .set(GRANT_EVENT.ACTOR, actor)
                .set(GRANT_EVENT.KIND, kind.name())
                .set(GRANT_EVENT.DETAIL, limit(detail))
                .execute();
        long eventId = db.lastID().longValueExact();
        EventChain.Link stored = db.select(GRANT_EVENT.fields())
                .select(GRANT_EVENT_CHAIN.SEQ, GRANT_EVENT_CHAIN.HASH)
                .from(GRANT_EVENT)
                .leftJoin(GRANT_EVENT_CHAIN)
                .on(GRANT_EVENT_CHAIN.EVENT_ID.eq(GRANT_EVENT.ID))
                .where(GRANT_EVENT.ID.eq(eventId))
                .fetchSingle(GrantEventRepository::link);
        int number = head.number() + 1;
        String hash = EventChain.hash(head.hash() == null ? EventChain.START : head.hash(), stored, number);
        db.insertInto(GRANT_EVENT_CHAIN)
                .set(GRANT_EVENT_CHAIN.EVENT_ID, eventId)
                .set(GRANT_EVENT_CHAIN.GRANT_ID, grantId)
                .set(GRANT_EVENT_CHAIN.SEQ, number)
                .set(GRANT_EVENT_CHAIN.HASH, hash)
                .execute();
        db.update(GRANT_EVENT_HEAD)
                .set(GRANT_EVENT_HEAD.SEQ, number)
                .set(GRANT_EVENT_HEAD.HASH, hash)
                .where(GRANT_EVENT_HEAD.GRANT_ID.eq(grantId))
                .execute();
    }

    /** The grant's events in the order they were recorded. */
    public List<GrantEvent> events(long grantId) {
        return db.select(GRANT_EVENT.fields())
                .select(GRANT_EVENT_CHAIN.SEQ)
                .from(GRANT_EVENT)
                .leftJoin(GRANT_EVENT_CHAIN)
                .on(GRANT_EVENT_CHAIN.EVENT_ID.eq(GRANT_EVENT.ID))
                .where(GRANT_EVENT.GRANT_ID.eq(grantId))
                .orderBy(GRANT_EVENT.ID)
                .fetch(r -> new GrantEvent(
                        r.get(GRANT_EVENT.ID),
                        r.get(GRANT_EVENT.GRANT_ID),
                        r.get(GRANT_EVENT.HAPPENED_AT),
                        r.get(GRANT_EVENT.ACTOR),
                        EventKind.valueOf(r.get(GRANT_EVENT.KIND)),
                        r.get(GRANT_EVENT.DETAIL),
                        r.get(GRANT_EVENT_CHAIN.SEQ) == null ? 0 : r.get(GRANT_EVENT_CHAIN.SEQ)));
    }

    /** Every event of the grant as stored, with its link if it has one, for checking the chain. */
    public List<EventChain.Link> links(long grantId) {
        return db.select(GRANT_EVENT.fields())
                .select(GRANT_EVENT_CHAIN.SEQ, GRANT_EVENT_CHAIN.HASH)
                .from(GRANT_EVENT)
                .leftJoin(GRANT_EVENT_CHAIN)
                .on(GRANT_EVENT_CHAIN.EVENT_ID.eq(GRANT_EVENT.ID))
                .where(GRANT_EVENT.GRANT_ID.eq(grantId))
                .orderBy(GRANT_EVENT.ID)
                .fetch(GrantEventRepository::link);
    }

    /** The grant's recorded head, or null when none is recorded. */
    public EventChain.Head head(long grantId) {
        return db.select(GRANT_EVENT_HEAD.SEQ, GRANT_EVENT_HEAD.HASH)
                .from(GRANT_EVENT_HEAD)
                .where(GRANT_EVENT_HEAD.GRANT_ID.eq(grantId))
                .fetchOptional(r -> new EventChain.Head(r.value1(), r.value2()))
                .orElse(null);
    }

    /** Grants with events recorded before the chain whose hashes are still to be computed. */
    public List<Long> grantsWithUnsealedEvents() {
        return db.selectDistinct(GRANT_EVENT_CHAIN.GRANT_ID)
                .from(GRANT_EVENT_CHAIN)
                .where(GRANT_EVENT_CHAIN.HASH.isNull())
                .orderBy(GRANT_EVENT_CHAIN.GRANT_ID)
                .fetch(GRANT_EVENT_CHAIN.GRANT_ID);
    }

    /**
     * Computes the hashes of the grant's events that the migration numbered but could not hash (those recorded
     * before the chain existed), in order, each from the one before; hashes already stored are kept as they
     * are. Locks the grant's head like {@link #append}.
     *
     * @return the grant's head afterwards
     */
    public EventChain.Head sealRecordedEarlier(long grantId) {
        lockHead(grantId);
        List<EventChain.Link> links = links(grantId).stream()
                .filter(l -> l.number() != null)
                .sorted(java.util.Comparator.comparing(EventChain.Link::number))
                .toList();
        String previous = EventChain.START;
        int number = 0;
        for (EventChain.Link link : links) {
            number = link.number();
            String hash = link.hash();
            if (hash == null) {
                hash = EventChain.hash(previous, link, number);
                db.update(GRANT_EVENT_CHAIN)
                        .set(GRANT_EVENT_CHAIN.HASH, hash)
                        .where(GRANT_EVENT_CHAIN.EVENT_ID.eq(link.eventId()))
                        .and(GRANT_EVENT_CHAIN.HASH.isNull())
                        .execute();
            }
            previous = hash;
        }
        // a head without a hash has not been sealed yet: it takes the last link, whatever number it held
        db.update(GRANT_EVENT_HEAD)
                .set(GRANT_EVENT_HEAD.SEQ, number)
                .set(GRANT_EVENT_HEAD.HASH, number == 0 ? null : previous)
                .where(GRANT_EVENT_HEAD.GRANT_ID.eq(grantId))
                .and(GRANT_EVENT_HEAD.HASH.isNull())
                .execute();
        return lockHead(grantId);
    }

    /**
     * Locks the grant's head row, creating it for a grant's first event. ON DUPLICATE KEY UPDATE takes the
     * exclusive lock at once, so two transactions never both hold a shared lock and wait for each other.
     */
    private EventChain.Head lockHead(long grantId) {
        db.insertInto(GRANT_EVENT_HEAD)
                .set(GRANT_EVENT_HEAD.GRANT_ID, grantId)
                .set(GRANT_EVENT_HEAD.SEQ, 0)
                .onDuplicateKeyUpdate()
                .set(GRANT_EVENT_HEAD.SEQ, GRANT_EVENT_HEAD.SEQ)
                .execute();
        return db.select(GRANT_EVENT_HEAD.SEQ, GRANT_EVENT_HEAD.HASH)
                .from(GRANT_EVENT_HEAD)
                .where(GRANT_EVENT_HEAD.GRANT_ID.eq(grantId))
                .forUpdate()
                .fetchSingle(r -> new EventChain.Head(r.value1(), r.value2()));
    }

    private static EventChain.Link link(Record r) {
        return new EventChain.Link(
                r.get(GRANT_EVENT.ID),
                r.get(GRANT_EVENT.GRANT_ID),
                r.get(GRANT_EVENT_CHAIN.SEQ),
                r.get(GRANT_EVENT_CHAIN.HASH),
                r.get(GRANT_EVENT.HAPPENED_AT),
                r.get(GRANT_EVENT.ACTOR),
                r.get(GRANT_EVENT.KIND),
                r.get(GRANT_EVENT.DETAIL));
    }

    /** At most the column's 2,000 characters, never cutting a character that takes two UTF-16 units in half. */
    private static String limit(String detail) {
        if (detail.length() <= DETAIL_MAX) {
            return detail;
        }
        int end = Character.isHighSurrogate(detail.charAt(DETAIL_MAX - 1)) ? DETAIL_MAX - 1 : DETAIL_MAX;
        return detail.substring(0, end);
    }
}
