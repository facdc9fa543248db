package org.reintegration.portal.selection.voting.repository;

import static org.reintegration.portal.base.jooq.Tables.CODE_BATCH;
import static org.reintegration.portal.base.jooq.Tables.VOTING_CODE;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.reintegration.portal.selection.voting.CodeCounts;
import org.springframework.stereotype.Repository;

/** Voting codes, by hash only; a code row never says when or for which ballot it was used. */
@Repository
public class VotingCodeRepository {

    /** Rows per multi-row insert when a batch is stored. */
    private static final int CHUNK = 500;

    private final DSLContext db;

    VotingCodeRepository(DSLContext db) {
        this.db = db;
    }

    /** The next batch number of the round, with the batch row inserted (which reserves the number). */
    public int insertBatch(long roundId, int codes, String createdBy, LocalDateTime now) {
        Integer last = db.select(DSL.max(CODE_BATCH.BATCH))
                .from(CODE_BATCH)
                .where(CODE_BATCH.ROUND_ID.eq(roundId))
                .forUpdate()
                .fetchOne(0, Integer.class);
        int batch = last == null ? 1 : last + 1;
        db.insertInto(CODE_BATCH)
                .set(CODE_BATCH.ROUND_ID, roundId)
                .set(CODE_BATCH.BATCH, batch)
                .set(CODE_BATCH.CODES, codes)
                .set(CODE_BATCH.CREATED_BY, createdBy)
                .set(CODE_BATCH.CREATED_AT, now)
                .execute();
        return batch;
    }

    public void insertCodes(long roundId, int batch, Collection<String> hashes) {
        var insert = db.insertInto(VOTING_CODE, VOTING_CODE.CODE_HASH, VOTING_CODE.ROUND_ID, VOTING_CODE.BATCH);
        int inChunk = 0;
        for (String hash : hashes) {
            insert = insert.values(hash, roundId, batch);
            if (++inChunk == CHUNK) {
                insert.execute();
                insert = db.insertInto(VOTING_CODE, VOTING_CODE.CODE_HASH, VOTING_CODE.ROUND_ID, VOTING_CODE.BATCH);
                inChunk = 0;
            }
        }
        if (inChunk > 0) {
            insert.execute();
        }
    }

    /** The round a code belongs to and whether it is used; empty for an unknown hash. */
    public Optional<CodeState> find(String hash) {
        return db.select(VOTING_CODE.ROUND_ID, VOTING_CODE.USED)
                .from(VOTING_CODE)
                .where(VOTING_CODE.CODE_HASH.eq(hash))
                .fetchOptional(r -> new CodeState(r.value1(), Boolean.TRUE.equals(r.value2())));
    }

    /**
     * The round of each of these codes that exists, in one read without locks (a code never changes
     * round): what the ballot writer needs to know which rounds to lock. Unknown hashes are left out.
     */
    public Map<String, Long> roundsOf(Collection<String> hashes) {
        return db.select(VOTING_CODE.CODE_HASH, VOTING_CODE.ROUND_ID)
                .from(VOTING_CODE)
                .where(VOTING_CODE.CODE_HASH.in(hashes))
                .fetchMap(VOTING_CODE.CODE_HASH, VOTING_CODE.ROUND_ID);
    }

    /**
     * Marks the code used if, and only if, it is still unused. Of two transactions doing this at the
     * same moment, InnoDB lets one change the row; the other then finds it used and changes nothing.
     *
     * @return whether this call used the code
     */
    public boolean use(String hash) {
        return db.update(VOTING_CODE)
                        .set(VOTING_CODE.USED, true)
                        .where(VOTING_CODE.CODE_HASH.eq(hash))
                        .and(VOTING_CODE.USED.isFalse())
                        .execute()
                == 1;
    }

    /**
     * Of these codes, the ones still unused, with every one of them locked (exclusively, to the end of
     * the transaction; InnoDB takes the rows in key order, so two writers never wait on each other in a
     * circle).
     */
    public Set<String> lockUnused(Collection<String> hashes) {
        return new HashSet<>(db.select(VOTING_CODE.CODE_HASH)
                .from(VOTING_CODE)
                .where(VOTING_CODE.CODE_HASH.in(hashes))
                .and(VOTING_CODE.USED.isFalse())
                .orderBy(VOTING_CODE.CODE_HASH)
                .forUpdate()
                .fetch(VOTING_CODE.CODE_HASH));
    }

    /**
     * Marks these codes used, each only if it is still unused: one statement, rows in key order.
     *
     * @return how many codes this call used
     */
    public int useAll(Collection<String> hashes) {
        return db.update(VOTING_CODE)
                .set(VOTING_CODE.USED, true)
                .where(VOTING_CODE.CODE_HASH.in(hashes))
                .and(VOTING_CODE.USED.isFalse())
                .execute();
    }

    public CodeCounts counts(long roundId) {
        var row = db.select(
                        DSL.count(),
                        DSL.sum(DSL.when(VOTING_CODE.USED.isTrue(), 1).otherwise(0)),
                        DSL.countDistinct(VOTING_CODE.BATCH))
                .from(VOTING_CODE)
                .where(VOTING_CODE.ROUND_ID.eq(roundId))
                .fetchOne();
        int used = row.value2() == null ? 0 : row.value2().intValue();
        return new CodeCounts(row.value3(), row.value1(), used);
    }

    /** A code's round and whether it has been used. */
    public record CodeState(long roundId, boolean used) {}
}
