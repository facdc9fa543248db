package org.reintegration.portal.selection.voting.repository;

import static org.reintegration.portal.base.jooq.Tables.BALLOT;
import static org.reintegration.portal.base.jooq.Tables.BALLOT_CHOICE;

import java.util.Map;
import org.jooq.DSLContext;
import org.reintegration.portal.selection.voting.Channel;
import org.reintegration.portal.selection.voting.VoterProfile;
import org.springframework.stereotype.Repository;

/** Secret ballots: a random id, the round, the channel and what the voter chose to declare; nothing else. */
@Repository
public class BallotRepository {

    private final DSLContext db;

    BallotRepository(DSLContext db) {
        this.db = db;
    }

    /** Stores a ballot under the given random id, with its choices (points per initiative). */
    public void insert(byte[] id, long roundId, Channel channel, VoterProfile voter, Map<Long, Integer> points) {
        db.insertInto(BALLOT)
                .set(BALLOT.ID, id)
                .set(BALLOT.ROUND_ID, roundId)
                .set(BALLOT.CHANNEL, channel.name())
                .set(
                        BALLOT.VOTER_GROUP,
                        voter.group() == null ? null : voter.group().name())
                .set(BALLOT.VOTER_SEX, voter.sex() == null ? null : voter.sex().name())
                .set(
                        BALLOT.VOTER_AGE_BAND,
                        voter.ageBand() == null ? null : voter.ageBand().name())
                .execute();
        var insert = db.insertInto(
                BALLOT_CHOICE, BALLOT_CHOICE.BALLOT_ID, BALLOT_CHOICE.INITIATIVE_ID, BALLOT_CHOICE.POINTS);
        for (var choice : points.entrySet()) {
            insert = insert.values(id, choice.getKey(), choice.getValue());
        }
        if (!points.isEmpty()) {
            insert.execute();
        }
    }

    public int count(long roundId) {
        return db.fetchCount(BALLOT, BALLOT.ROUND_ID.eq(roundId));
    }

    public int count(long roundId, Channel channel) {
        return db.fetchCount(BALLOT, BALLOT.ROUND_ID.eq(roundId).and(BALLOT.CHANNEL.eq(channel.name())));
    }
}
