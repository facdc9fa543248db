package org.reintegration.portal.selection.voting.repository;

import static org.reintegration.portal.base.jooq.Tables.VOTING_GATEWAY;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.reintegration.portal.selection.voting.VotingGateway;
import org.springframework.stereotype.Repository;

/** Voting gateways, found by the SHA-256 of their key; the key itself is never stored. */
@Repository
public class VotingGatewayRepository {

    private final DSLContext db;

    VotingGatewayRepository(DSLContext db) {
        this.db = db;
    }

    public VotingGateway insert(String name, String keyHash, String createdBy, LocalDateTime now) {
        db.insertInto(VOTING_GATEWAY)
                .set(VOTING_GATEWAY.NAME, name)
                .set(VOTING_GATEWAY.KEY_HASH, keyHash)
                .set(VOTING_GATEWAY.CREATED_BY, createdBy)
                .set(VOTING_GATEWAY.CREATED_AT, now)
                .execute();
        return find(db.lastID().longValueExact()).orElseThrow();
    }

    public Optional<VotingGateway> find(long id) {
        return db.select(GATEWAY_FIELDS)
                .from(VOTING_GATEWAY)
                .where(VOTING_GATEWAY.ID.eq(id))
                .fetchOptional(VotingGatewayRepository::toGateway);
    }

    /** The gateway holding this key, unless it was revoked. */
    public Optional<Long> findActive(String keyHash) {
        return db.select(VOTING_GATEWAY.ID)
                .from(VOTING_GATEWAY)
                .where(VOTING_GATEWAY.KEY_HASH.eq(keyHash))
                .and(VOTING_GATEWAY.REVOKED_AT.isNull())
                .fetchOptional(r -> r.value1());
    }

    /** Every gateway, active ones first, newest first. */
    public List<VotingGateway> list() {
        return db.select(GATEWAY_FIELDS)
                .from(VOTING_GATEWAY)
                .orderBy(VOTING_GATEWAY.REVOKED_AT.isNull().desc(), VOTING_GATEWAY.ID.desc())
                .fetch(VotingGatewayRepository::toGateway);
    }

    /** @return whether the gateway was active and is now revoked */
    public boolean revoke(long id, String by, LocalDateTime now) {
        return db.update(VOTING_GATEWAY)
                        .set(VOTING_GATEWAY.REVOKED_BY, by)
                        .set(VOTING_GATEWAY.REVOKED_AT, now)
                        .where(VOTING_GATEWAY.ID.eq(id))
                        .and(VOTING_GATEWAY.REVOKED_AT.isNull())
                        .execute()
                == 1;
    }

    /** Adds counted ballots to gateways, in id order (so that concurrent writers lock rows in one order). */
    public void addBallots(Map<Long, Integer> ballotsByGateway) {
        ballotsByGateway.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> db.update(VOTING_GATEWAY)
                .set(VOTING_GATEWAY.BALLOTS, VOTING_GATEWAY.BALLOTS.plus(e.getValue()))
                .where(VOTING_GATEWAY.ID.eq(e.getKey()))
                .execute());
    }

    public void addWrongCode(long id) {
        db.update(VOTING_GATEWAY)
                .set(VOTING_GATEWAY.WRONG_CODES, VOTING_GATEWAY.WRONG_CODES.plus(1))
                .where(VOTING_GATEWAY.ID.eq(id))
                .execute();
    }

    /** What a gateway is shown with: everything but its key's hash, which only {@link #findActive} reads. */
    private static final List<Field<?>> GATEWAY_FIELDS = List.of(
            VOTING_GATEWAY.ID,
            VOTING_GATEWAY.NAME,
            VOTING_GATEWAY.CREATED_BY,
            VOTING_GATEWAY.CREATED_AT,
            VOTING_GATEWAY.REVOKED_BY,
            VOTING_GATEWAY.REVOKED_AT,
            VOTING_GATEWAY.BALLOTS,
            VOTING_GATEWAY.WRONG_CODES);

    private static VotingGateway toGateway(Record r) {
        return new VotingGateway(
                r.get(VOTING_GATEWAY.ID),
                r.get(VOTING_GATEWAY.NAME),
                r.get(VOTING_GATEWAY.CREATED_BY),
                r.get(VOTING_GATEWAY.CREATED_AT),
                r.get(VOTING_GATEWAY.REVOKED_BY),
                r.get(VOTING_GATEWAY.REVOKED_AT),
                r.get(VOTING_GATEWAY.BALLOTS),
                r.get(VOTING_GATEWAY.WRONG_CODES));
    }
}
