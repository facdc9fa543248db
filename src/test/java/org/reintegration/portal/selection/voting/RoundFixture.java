package org.reintegration.portal.selection.voting;

import static org.reintegration.portal.base.jooq.Tables.BALLOT;
import static org.reintegration.portal.base.jooq.Tables.BALLOT_CHOICE;
import static org.reintegration.portal.base.jooq.Tables.CODE_BATCH;
import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.INITIATIVE;
import static org.reintegration.portal.base.jooq.Tables.ROUND_BALLOT_ITEM;
import static org.reintegration.portal.base.jooq.Tables.ROUND_COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.ROUND_RESULT;
import static org.reintegration.portal.base.jooq.Tables.SELECTION_ROUND;
import static org.reintegration.portal.base.jooq.Tables.VOTING_CODE;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;

/**
 * Rounds with ballots for tests, written straight into the rounds capability's tables (whose service
 * this capability does not call). Every round is named so that tests can tell it from demo rows.
 */
public final class RoundFixture {

    private final DSLContext db;

    public RoundFixture(DSLContext db) {
        this.db = db;
    }

    /** A round in the given phase with one initiative per cost, in that order on the ballot. */
    public Round round(String name, Phase phase, BallotFormat format, long budget, long... costs) {
        LocalDateTime now = LocalDateTime.of(2026, 11, 1, 9, 0);
        db.insertInto(SELECTION_ROUND)
                .set(SELECTION_ROUND.NAME, name)
                .set(SELECTION_ROUND.BUDGET, BigDecimal.valueOf(budget))
                .set(SELECTION_ROUND.CURRENCY, "GNF")
                .set(SELECTION_ROUND.PHASE, phase.name())
                .set(SELECTION_ROUND.BALLOT_FORMAT, format.name())
                .set(SELECTION_ROUND.MIN_CHOICES, format == BallotFormat.APPROVAL ? 1 : null)
                .set(SELECTION_ROUND.MAX_CHOICES, format == BallotFormat.APPROVAL ? 2 : null)
                .set(SELECTION_ROUND.POINTS, format == BallotFormat.CUMULATIVE ? 10 : null)
                .set(SELECTION_ROUND.OUTCOME_RULE, "greedy")
                .set(SELECTION_ROUND.SLIP_LANGUAGE, "fr")
                .set(SELECTION_ROUND.CREATED_BY, "test")
                .set(SELECTION_ROUND.CREATED_AT, now)
                .execute();
        long roundId = db.lastID().longValueExact();
        long communityId = db.select(DSL.min(COMMUNITY.ID)).from(COMMUNITY).fetchOne(0, Long.class);
        // a round always takes place in at least one community (RoundData), as its public pages show
        db.insertInto(ROUND_COMMUNITY)
                .set(ROUND_COMMUNITY.ROUND_ID, roundId)
                .set(ROUND_COMMUNITY.COMMUNITY_ID, communityId)
                .execute();
        String[] dimensions = {"ECONOMIC", "SOCIAL", "PSYCHOSOCIAL"};
        List<Long> initiatives = new ArrayList<>();
        for (int i = 0; i < costs.length; i++) {
            db.insertInto(INITIATIVE)
                    .set(INITIATIVE.COMMUNITY_ID, communityId)
                    .set(INITIATIVE.DIMENSION, dimensions[i % 3])
                    .set(INITIATIVE.INITIATIVE_TYPE, "PUBLIC_INFRASTRUCTURE")
                    .set(INITIATIVE.TITLE, name + " initiative " + (i + 1))
                    .set(INITIATIVE.DESCRIPTION, "What initiative " + (i + 1) + " does")
                    .set(INITIATIVE.TEXT_LANGUAGE, "fr")
                    .set(INITIATIVE.COST_ESTIMATE, BigDecimal.valueOf(costs[i]))
                    .set(INITIATIVE.CURRENCY, "GNF")
                    .set(INITIATIVE.BENEFICIARIES, "BOTH")
                    .set(INITIATIVE.CONFIDENTIAL, false)
                    .set(INITIATIVE.STATUS, "ON_BALLOT")
                    .set(INITIATIVE.PUBLISHED, true)
                    .set(INITIATIVE.PROPOSAL_CHANNEL, "STAFF")
                    .set(INITIATIVE.ENTERED_BY, "test")
                    .set(INITIATIVE.CREATED_AT, now)
                    .set(INITIATIVE.UPDATED_AT, now)
                    .execute();
            long initiativeId = db.lastID().longValueExact();
            db.insertInto(ROUND_BALLOT_ITEM)
                    .set(ROUND_BALLOT_ITEM.ROUND_ID, roundId)
                    .set(ROUND_BALLOT_ITEM.INITIATIVE_ID, initiativeId)
                    .set(ROUND_BALLOT_ITEM.COST, BigDecimal.valueOf(costs[i]))
                    .set(ROUND_BALLOT_ITEM.POSITION, i + 1)
                    .execute();
            initiatives.add(initiativeId);
        }
        return new Round(roundId, initiatives);
    }

    public void setPhase(long roundId, Phase phase) {
        db.update(SELECTION_ROUND)
                .set(SELECTION_ROUND.PHASE, phase.name())
                .where(SELECTION_ROUND.ID.eq(roundId))
                .execute();
    }

    public void setOutcomeRule(long roundId, String rule) {
        db.update(SELECTION_ROUND)
                .set(SELECTION_ROUND.OUTCOME_RULE, rule)
                .where(SELECTION_ROUND.ID.eq(roundId))
                .execute();
    }

    public String initiativeStatus(long initiativeId) {
        return db.select(INITIATIVE.STATUS)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(initiativeId))
                .fetchOne(0, String.class);
    }

    /** Removes a round and everything of it, for tests that must commit (real threads). */
    public void delete(Round round) {
        long roundId = round.id();
        db.deleteFrom(BALLOT_CHOICE)
                .where(BALLOT_CHOICE.BALLOT_ID.in(
                        DSL.select(BALLOT.ID).from(BALLOT).where(BALLOT.ROUND_ID.eq(roundId))))
                .execute();
        db.deleteFrom(BALLOT).where(BALLOT.ROUND_ID.eq(roundId)).execute();
        db.deleteFrom(VOTING_CODE).where(VOTING_CODE.ROUND_ID.eq(roundId)).execute();
        db.deleteFrom(CODE_BATCH).where(CODE_BATCH.ROUND_ID.eq(roundId)).execute();
        db.deleteFrom(ROUND_RESULT).where(ROUND_RESULT.ROUND_ID.eq(roundId)).execute();
        db.deleteFrom(ROUND_BALLOT_ITEM)
                .where(ROUND_BALLOT_ITEM.ROUND_ID.eq(roundId))
                .execute();
        db.deleteFrom(ROUND_COMMUNITY)
                .where(ROUND_COMMUNITY.ROUND_ID.eq(roundId))
                .execute();
        db.deleteFrom(SELECTION_ROUND).where(SELECTION_ROUND.ID.eq(roundId)).execute();
        db.deleteFrom(INITIATIVE).where(INITIATIVE.ID.in(round.initiatives())).execute();
    }

    /** A round's id and its initiatives' ids in ballot order. */
    public record Round(long id, List<Long> initiatives) {

        public long initiative(int position) {
            return initiatives.get(position - 1);
        }
    }
}
