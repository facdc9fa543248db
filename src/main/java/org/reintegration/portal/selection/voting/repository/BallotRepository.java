package org.reintegration.portal.selection.voting.repository;

import static org.reintegration.portal.base.jooq.Tables.BALLOT;
import static org.reintegration.portal.base.jooq.Tables.BALLOT_CHOICE;

import java.util.List;
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

    /**
     * Stores these ballots in the order given, in one statement for the ballots and one for their
     * choices: a binary log shows them as one block of rows in that order.
     */
    public void insertAll(List<NewBallot> ballots) {
        if (ballots.isEmpty()) {
            return;
        }
        var insert = db.insertInto(
                BALLOT,
                BALLOT.ID,
                BALLOT.ROUND_ID,
                BALLOT.CHANNEL,
                BALLOT.VOTER_GROUP,
                BALLOT.VOTER_SEX,
                BALLOT.VOTER_AGE_BAND);
        var choices = db.insertInto(
                BALLOT_CHOICE, BALLOT_CHOICE.BALLOT_ID, BALLOT_CHOICE.INITIATIVE_ID, BALLOT_CHOICE.POINTS);
        boolean anyChoice = false;
        for (NewBallot ballot : ballots) {
            VoterProfile voter = ballot.voter();
            insert = insert.values(
                    ballot.id(),
                    ballot.roundId(),
                    ballot.channel().name(),
                    voter.group() == null ? null : voter.group().name(),
                    voter.sex() == null ? null : voter.sex().name(),
                    voter.ageBand() == null ? null : voter.ageBand().name());
            for (var choice : ballot.points().entrySet()) {
                choices = choices.values(ballot.id(), choice.getKey(), choice.getValue());
                anyChoice = true;
            }
        }
        insert.execute();
        if (anyChoice) {
            choices.execute();
        }
    }

    /** A ballot to store: a random id and what the voter chose and declared; nothing else. */
    public record NewBallot(byte[] id, long roundId, Channel channel, VoterProfile voter, Map<Long, Integer> points) {}

    public int count(long roundId) {
        return db.fetchCount(BALLOT, BALLOT.ROUND_ID.eq(roundId));
    }

    public int count(long roundId, Channel channel) {
        return db.fetchCount(BALLOT, BALLOT.ROUND_ID.eq(roundId).and(BALLOT.CHANNEL.eq(channel.name())));
    }
}
