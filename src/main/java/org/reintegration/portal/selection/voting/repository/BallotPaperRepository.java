package org.reintegration.portal.selection.voting.repository;

import static org.reintegration.portal.base.jooq.Tables.INITIATIVE;
import static org.reintegration.portal.base.jooq.Tables.ROUND_BALLOT_ITEM;
import static org.reintegration.portal.base.jooq.Tables.SELECTION_ROUND;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.BallotItem;
import org.reintegration.portal.selection.voting.BallotPaper;
import org.reintegration.portal.selection.voting.InitiativePhoto;
import org.reintegration.portal.selection.voting.RoundSummary;
import org.springframework.stereotype.Repository;

/**
 * Reads a round's rules and ballot from the round's own tables (written by the rounds capability);
 * writes nothing there but the {@code frozen} flag, set with a round's first ballots.
 */
@Repository
public class BallotPaperRepository {

    private final DSLContext db;

    BallotPaperRepository(DSLContext db) {
        this.db = db;
    }

    /** The round's columns a ballot paper is made of, with its revision and frozen flag. */
    private static final List<Field<?>> PAPER_FIELDS = List.of(
            SELECTION_ROUND.ID,
            SELECTION_ROUND.NAME,
            SELECTION_ROUND.PHASE,
            SELECTION_ROUND.BALLOT_FORMAT,
            SELECTION_ROUND.MIN_CHOICES,
            SELECTION_ROUND.MAX_CHOICES,
            SELECTION_ROUND.POINTS,
            SELECTION_ROUND.BUDGET,
            SELECTION_ROUND.CURRENCY,
            SELECTION_ROUND.OUTCOME_RULE,
            SELECTION_ROUND.SLIP_LANGUAGE,
            SELECTION_ROUND.REVISION,
            SELECTION_ROUND.FROZEN);

    public Optional<BallotPaper> find(long roundId) {
        return db.select(PAPER_FIELDS)
                .from(SELECTION_ROUND)
                .where(SELECTION_ROUND.ID.eq(roundId))
                .fetchOptional()
                .map(round -> paper(round, items(roundId)));
    }

    /**
     * The paper with the revision and frozen flag of the round row it was read from. Once a round is
     * frozen its rules and ballot no longer change, so the paper of a frozen round stays right for as long
     * as the revision read with it is the round's revision (a phase change adds one to it).
     */
    public Optional<RevisedPaper> findRevised(long roundId) {
        return db.select(PAPER_FIELDS)
                .from(SELECTION_ROUND)
                .where(SELECTION_ROUND.ID.eq(roundId))
                .fetchOptional()
                .map(round -> new RevisedPaper(
                        paper(round, items(roundId)),
                        round.get(SELECTION_ROUND.REVISION),
                        Boolean.TRUE.equals(round.get(SELECTION_ROUND.FROZEN))));
    }

    /** A paper and the round revision it was read at. */
    public record RevisedPaper(BallotPaper paper, int revision, boolean frozen) {}

    /**
     * The round's phase, read with a shared lock held to the end of the transaction: a phase change
     * (an update of the row) waits for ballots being cast, and ballots cast after it see the new phase.
     */
    public Optional<Phase> lockPhase(long roundId) {
        return db.select(SELECTION_ROUND.PHASE)
                .from(SELECTION_ROUND)
                .where(SELECTION_ROUND.ID.eq(roundId))
                .forShare()
                .fetchOptional(r -> Phase.valueOf(r.value1()));
    }

    /** The round's phase, with an exclusive lock to the end of the transaction: no ballot is cast meanwhile. */
    public Optional<Phase> lockPhaseExclusively(long roundId) {
        return db.select(SELECTION_ROUND.PHASE)
                .from(SELECTION_ROUND)
                .where(SELECTION_ROUND.ID.eq(roundId))
                .forUpdate()
                .fetchOptional(r -> Phase.valueOf(r.value1()));
    }

    /**
     * The phase and frozen flag of these rounds, read with a shared lock held to the end of the
     * transaction (rows in id order): rules, ballot and phase cannot change until it ends.
     */
    public Map<Long, RoundState> lockRounds(Collection<Long> roundIds) {
        return db.select(SELECTION_ROUND.ID, SELECTION_ROUND.PHASE, SELECTION_ROUND.FROZEN, SELECTION_ROUND.REVISION)
                .from(SELECTION_ROUND)
                .where(SELECTION_ROUND.ID.in(roundIds))
                .orderBy(SELECTION_ROUND.ID)
                .forShare()
                .fetchMap(
                        r -> r.value1(),
                        r -> new RoundState(Phase.valueOf(r.value2()), Boolean.TRUE.equals(r.value3()), r.value4()));
    }

    /** A round's phase, whether its rules and ballot are frozen, and its revision (one more at every edit). */
    public record RoundState(Phase phase, boolean frozen, int revision) {}

    public Optional<InitiativePhoto> photo(long roundId, long initiativeId) {
        return db.select(INITIATIVE.PHOTO, INITIATIVE.PHOTO_TYPE)
                .from(ROUND_BALLOT_ITEM)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(ROUND_BALLOT_ITEM.INITIATIVE_ID))
                .where(ROUND_BALLOT_ITEM.ROUND_ID.eq(roundId))
                .and(ROUND_BALLOT_ITEM.INITIATIVE_ID.eq(initiativeId))
                .and(INITIATIVE.PHOTO.isNotNull())
                .and(INITIATIVE.CONFIDENTIAL.isFalse())
                .fetchOptional(r -> new InitiativePhoto(r.value1(), r.value2() == null ? "image/jpeg" : r.value2()));
    }

    /** Every round, newest first, with its phase: the list staff pick a round from. */
    public List<RoundSummary> rounds() {
        return db.select(SELECTION_ROUND.ID, SELECTION_ROUND.NAME, SELECTION_ROUND.PHASE, SELECTION_ROUND.BALLOT_FORMAT)
                .from(SELECTION_ROUND)
                .orderBy(SELECTION_ROUND.ID.desc())
                .fetch(r -> new RoundSummary(
                        r.value1(), r.value2(), Phase.valueOf(r.value3()), BallotFormat.valueOf(r.value4())));
    }

    private List<BallotItem> items(long roundId) {
        return db.select(
                        ROUND_BALLOT_ITEM.INITIATIVE_ID,
                        ROUND_BALLOT_ITEM.COST,
                        ROUND_BALLOT_ITEM.POSITION,
                        INITIATIVE.TITLE,
                        INITIATIVE.DESCRIPTION,
                        INITIATIVE.TEXT_LANGUAGE,
                        INITIATIVE.DIMENSION,
                        INITIATIVE.INITIATIVE_TYPE,
                        INITIATIVE.CONFIDENTIAL,
                        INITIATIVE.PHOTO.isNotNull())
                .from(ROUND_BALLOT_ITEM)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(ROUND_BALLOT_ITEM.INITIATIVE_ID))
                .where(ROUND_BALLOT_ITEM.ROUND_ID.eq(roundId))
                .orderBy(ROUND_BALLOT_ITEM.POSITION, ROUND_BALLOT_ITEM.INITIATIVE_ID)
                .fetch(r -> new BallotItem(
                        r.value1(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        Boolean.TRUE.equals(r.value9()),
                        Boolean.TRUE.equals(r.value10()),
                        r.value2(),
                        r.value3()));
    }

    private static BallotPaper paper(Record round, List<BallotItem> items) {
        BallotFormat format = BallotFormat.valueOf(round.get(SELECTION_ROUND.BALLOT_FORMAT));
        int itemCount = Math.max(1, items.size());
        Integer min = round.get(SELECTION_ROUND.MIN_CHOICES);
        Integer max = round.get(SELECTION_ROUND.MAX_CHOICES);
        int minChoices = min == null || min < 1 ? 1 : Math.min(min, itemCount);
        int maxChoices = max == null || max < 1 ? itemCount : Math.max(minChoices, max);
        Integer points = round.get(SELECTION_ROUND.POINTS);
        return new BallotPaper(
                round.get(SELECTION_ROUND.ID),
                round.get(SELECTION_ROUND.NAME),
                Phase.valueOf(round.get(SELECTION_ROUND.PHASE)),
                format,
                minChoices,
                maxChoices,
                points == null ? 0 : points,
                round.get(SELECTION_ROUND.BUDGET),
                round.get(SELECTION_ROUND.CURRENCY),
                round.get(SELECTION_ROUND.OUTCOME_RULE),
                round.get(SELECTION_ROUND.SLIP_LANGUAGE),
                items);
    }
}
