package org.reintegration.portal.base.limit.repository;

import static org.reintegration.portal.base.jooq.Tables.ATTEMPT_COUNT;
import static org.reintegration.portal.base.jooq.Tables.ATTEMPT_LIMIT_KEY;

import java.security.SecureRandom;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Attempt counts per scope, hashed key and time bucket; see {@code AttemptLimits}. */
@Repository
public class AttemptCountRepository {

    private static final int SWEEP_ROWS = 10_000;

    private final DSLContext db;

    AttemptCountRepository(DSLContext db) {
        this.db = db;
    }

    /** Adds one to the bucket's count, creating its row at one; atomic under any concurrency. */
    public void add(String scope, byte[] keyHash, long bucket, long expiresAt) {
        db.insertInto(ATTEMPT_COUNT)
                .set(ATTEMPT_COUNT.SCOPE, scope)
                .set(ATTEMPT_COUNT.KEY_HASH, keyHash)
                .set(ATTEMPT_COUNT.BUCKET, bucket)
                .set(ATTEMPT_COUNT.N, 1)
                .set(ATTEMPT_COUNT.EXPIRES_AT, expiresAt)
                .onDuplicateKeyUpdate()
                .set(ATTEMPT_COUNT.N, ATTEMPT_COUNT.N.plus(1))
                .set(ATTEMPT_COUNT.EXPIRES_AT, DSL.greatest(ATTEMPT_COUNT.EXPIRES_AT, DSL.val(expiresAt)))
                .execute();
    }

    /** The attempts of the key in buckets starting at or after {@code fromBucket}. */
    public int sum(String scope, byte[] keyHash, long fromBucket) {
        Number sum = db.select(DSL.sum(ATTEMPT_COUNT.N))
                .from(ATTEMPT_COUNT)
                .where(ATTEMPT_COUNT.SCOPE.eq(scope))
                .and(ATTEMPT_COUNT.KEY_HASH.eq(keyHash))
                .and(ATTEMPT_COUNT.BUCKET.ge(fromBucket))
                .fetchOne(0, Number.class);
        return sum == null ? 0 : sum.intValue();
    }

    /** Deletes up to {@value #SWEEP_ROWS} rows that count for no window any more. */
    public int deleteExpired(long nowEpochSecond) {
        return db.deleteFrom(ATTEMPT_COUNT)
                .where(ATTEMPT_COUNT.EXPIRES_AT.le(nowEpochSecond))
                .limit(SWEEP_ROWS)
                .execute();
    }

    /** The installation's secret for key hashes, drawn and stored by the first caller of any node. */
    public byte[] sharedSecret() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        db.insertInto(ATTEMPT_LIMIT_KEY)
                .set(ATTEMPT_LIMIT_KEY.ID, (byte) 1)
                .set(ATTEMPT_LIMIT_KEY.SECRET, fresh)
                .onDuplicateKeyIgnore()
                .execute();
        return db.select(ATTEMPT_LIMIT_KEY.SECRET)
                .from(ATTEMPT_LIMIT_KEY)
                .where(ATTEMPT_LIMIT_KEY.ID.eq((byte) 1))
                .fetchSingle()
                .value1();
    }
}
