package org.reintegration.portal.selection.round;

import static org.reintegration.portal.base.jooq.Tables.BALLOT;
import static org.reintegration.portal.base.jooq.Tables.SELECTION_ROUND;

import java.nio.ByteBuffer;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Stores a ballot row directly and freezes its round, as the voting side does in one transaction, so
 * tests can see what a cast ballot freezes. Only the row's existence matters here.
 */
@Component
public class CastBallots {

    private final DSLContext db;

    CastBallots(DSLContext db) {
        this.db = db;
    }

    public void castOne(long roundId) {
        UUID id = UUID.randomUUID();
        byte[] key = ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
        db.insertInto(BALLOT)
                .set(BALLOT.ID, key)
                .set(BALLOT.ROUND_ID, roundId)
                .set(BALLOT.CHANNEL, "ONLINE")
                .execute();
        db.update(SELECTION_ROUND)
                .set(SELECTION_ROUND.FROZEN, true)
                .where(SELECTION_ROUND.ID.eq(roundId))
                .execute();
    }
}
