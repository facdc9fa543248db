package org.reintegration.portal.selection.result.repository;

import static org.reintegration.portal.base.jooq.Tables.BALLOT;
import static org.reintegration.portal.base.jooq.Tables.BALLOT_CHOICE;
import static org.reintegration.portal.base.jooq.Tables.ROUND_RESULT;
import static org.reintegration.portal.base.jooq.Tables.SELECTION_ROUND;

import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.selection.result.CastBallot;
import org.reintegration.portal.selection.result.InitiativeResult;
import org.reintegration.portal.selection.result.ResultExplanation;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.Channel;
import org.reintegration.portal.selection.voting.VoterAgeBand;
import org.reintegration.portal.selection.voting.VoterGroup;
import org.reintegration.portal.selection.voting.VoterProfile;
import org.reintegration.portal.selection.voting.VoterSex;
import org.springframework.stereotype.Repository;

/** Counted ballots in, computed results out. */
@Repository
public class ResultRepository {

    private final DSLContext db;

    ResultRepository(DSLContext db) {
        this.db = db;
    }

    /** The round's phase, locked until the end of the transaction: no ballot is cast and no phase change is made meanwhile. */
    public Optional<Phase> lockPhase(long roundId) {
        return db.select(SELECTION_ROUND.PHASE)
                .from(SELECTION_ROUND)
                .where(SELECTION_ROUND.ID.eq(roundId))
                .forUpdate()
                .fetchOptional(r -> Phase.valueOf(r.value1()));
    }

    /** Whether the round's results have been computed. */
    public boolean computed(long roundId) {
        return db.fetchExists(
                SELECTION_ROUND, SELECTION_ROUND.ID.eq(roundId).and(SELECTION_ROUND.RESULTS_COMPUTED_AT.isNotNull()));
    }

    public int ballotCount(long roundId) {
        return db.fetchCount(BALLOT, BALLOT.ROUND_ID.eq(roundId));
    }

    /** Every counted ballot of the round, in the order of their random ids (which says nothing about when). */
    public List<CastBallot> ballots(long roundId) {
        Map<ByteBuffer, Map<Long, Integer>> choices = new LinkedHashMap<>();
        db.select(BALLOT_CHOICE.BALLOT_ID, BALLOT_CHOICE.INITIATIVE_ID, BALLOT_CHOICE.POINTS)
                .from(BALLOT_CHOICE)
                .join(BALLOT)
                .on(BALLOT.ID.eq(BALLOT_CHOICE.BALLOT_ID))
                .where(BALLOT.ROUND_ID.eq(roundId))
                .forEach(r -> choices.computeIfAbsent(ByteBuffer.wrap(r.value1()), k -> new LinkedHashMap<>())
                        .put(r.value2(), r.value3()));
        List<CastBallot> ballots = new ArrayList<>();
        db.select(BALLOT.ID, BALLOT.CHANNEL, BALLOT.VOTER_GROUP, BALLOT.VOTER_SEX, BALLOT.VOTER_AGE_BAND)
                .from(BALLOT)
                .where(BALLOT.ROUND_ID.eq(roundId))
                .orderBy(BALLOT.ID)
                .forEach(r -> ballots.add(new CastBallot(
                        Channel.valueOf(r.value2()),
                        new VoterProfile(
                                r.value3() == null ? null : VoterGroup.valueOf(r.value3()),
                                r.value4() == null ? null : VoterSex.valueOf(r.value4()),
                                r.value5() == null ? null : VoterAgeBand.valueOf(r.value5())),
                        choices.getOrDefault(ByteBuffer.wrap(r.value1()), Map.of()))));
        return ballots;
    }

    /**
     * Replaces the round's stored results and the time of computing, and moves initiatives' statuses forward:
     * an initiative's status is set only while it is still where this round left it. On the first computation
     * that is ON_BALLOT; on a recomputation, the status the previous computation gave it, if that computation
     * set it and no later one (of another round) has. An initiative made a project, or put on another round's
     * ballot since, keeps its status. The initiatives' own storage makes each move (see {@link StatusMove}), so a
     * status changed meanwhile by another transaction is not overwritten either.
     */
    public void replace(long roundId, List<InitiativeResult> results, LocalDateTime now, StatusMove statuses) {
        Map<Long, StoredResult> previous = stored(roundId);
        db.deleteFrom(ROUND_RESULT).where(ROUND_RESULT.ROUND_ID.eq(roundId)).execute();
        for (InitiativeResult result : results) {
            StoredResult before = previous.get(result.initiativeId());
            InitiativeStatus expected = before == null
                    ? InitiativeStatus.ON_BALLOT
                    : before.setsStatus() ? statusOf(before.selected()) : null;
            boolean setsStatus =
                    expected != null && statuses.move(result.initiativeId(), expected, statusOf(result.selected()));
            db.insertInto(ROUND_RESULT)
                    .set(ROUND_RESULT.ROUND_ID, roundId)
                    .set(ROUND_RESULT.INITIATIVE_ID, result.initiativeId())
                    .set(ROUND_RESULT.SELECTED, result.selected())
                    .set(ROUND_RESULT.SELECTION_ORDER, result.selectionOrder())
                    .set(ROUND_RESULT.SUPPORT, result.support())
                    .set(ROUND_RESULT.COST, result.cost())
                    .set(ROUND_RESULT.EXPLANATION, result.why().encode())
                    .set(ROUND_RESULT.SETS_STATUS, setsStatus)
                    .execute();
            if (setsStatus) {
                // This round decides the initiative now; an earlier round's results no longer may.
                db.update(ROUND_RESULT)
                        .set(ROUND_RESULT.SETS_STATUS, false)
                        .where(ROUND_RESULT.INITIATIVE_ID.eq(result.initiativeId()))
                        .and(ROUND_RESULT.ROUND_ID.ne(roundId))
                        .execute();
            }
        }
    }

    /**
     * Moves one initiative to {@code next} only while it is still {@code expected}, checked in the same UPDATE;
     * true when it moved.
     */
    @FunctionalInterface
    public interface StatusMove {
        boolean move(long initiativeId, InitiativeStatus expected, InitiativeStatus next);
    }

    private static InitiativeStatus statusOf(boolean selected) {
        return selected ? InitiativeStatus.SELECTED : InitiativeStatus.NOT_SELECTED;
    }

    /** The stored results, keyed by initiative id. */
    public Map<Long, StoredResult> stored(long roundId) {
        Map<Long, StoredResult> stored = new LinkedHashMap<>();
        db.select(
                        ROUND_RESULT.INITIATIVE_ID,
                        ROUND_RESULT.SELECTED,
                        ROUND_RESULT.SELECTION_ORDER,
                        ROUND_RESULT.SUPPORT,
                        ROUND_RESULT.COST,
                        ROUND_RESULT.EXPLANATION,
                        ROUND_RESULT.SETS_STATUS)
                .from(ROUND_RESULT)
                .where(ROUND_RESULT.ROUND_ID.eq(roundId))
                .forEach(r -> stored.put(
                        r.value1(),
                        new StoredResult(
                                Boolean.TRUE.equals(r.value2()),
                                r.value3(),
                                r.value4(),
                                r.value5(),
                                ResultExplanation.decode(r.value6()),
                                Boolean.TRUE.equals(r.value7()))));
        return stored;
    }

    /**
     * One row of {@code round_result}.
     *
     * @param setsStatus whether this result still decides the initiative's status (see {@link #replace})
     */
    public record StoredResult(
            boolean selected,
            Integer selectionOrder,
            int support,
            java.math.BigDecimal cost,
            ResultExplanation why,
            boolean setsStatus) {}
}
