package org.reintegration.portal.selection.round.repository;

import static org.reintegration.portal.base.jooq.Tables.BALLOT;
import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.INITIATIVE;
import static org.reintegration.portal.base.jooq.Tables.ROUND_BALLOT_ITEM;
import static org.reintegration.portal.base.jooq.Tables.ROUND_CHANGE;
import static org.reintegration.portal.base.jooq.Tables.ROUND_COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.SELECTION_ROUND;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.jooq.tables.records.SelectionRoundRecord;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.BallotItem;
import org.reintegration.portal.selection.round.BallotRules;
import org.reintegration.portal.selection.round.CommunityRef;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.PhaseDates;
import org.reintegration.portal.selection.round.RoundChange;
import org.reintegration.portal.selection.round.RoundChangeKind;
import org.reintegration.portal.selection.round.RoundData;
import org.reintegration.portal.selection.round.RuleName;
import org.reintegration.portal.selection.round.SelectionRound;
import org.springframework.stereotype.Repository;

@Repository
public class RoundRepository {

    /** The columns a {@link SelectionRound} is made of, its communities aside. */
    private static final List<Field<?>> ROUND_COLUMNS = List.of(
            SELECTION_ROUND.ID,
            SELECTION_ROUND.NAME,
            SELECTION_ROUND.BUDGET,
            SELECTION_ROUND.CURRENCY,
            SELECTION_ROUND.PROPOSALS_FROM,
            SELECTION_ROUND.REVIEW_FROM,
            SELECTION_ROUND.VOTING_FROM,
            SELECTION_ROUND.RESULTS_FROM,
            SELECTION_ROUND.CLOSED_FROM,
            SELECTION_ROUND.BALLOT_FORMAT,
            SELECTION_ROUND.MIN_CHOICES,
            SELECTION_ROUND.MAX_CHOICES,
            SELECTION_ROUND.POINTS,
            SELECTION_ROUND.OUTCOME_RULE,
            SELECTION_ROUND.SLIP_LANGUAGE,
            SELECTION_ROUND.PHASE,
            SELECTION_ROUND.CREATED_BY,
            SELECTION_ROUND.CREATED_AT,
            SELECTION_ROUND.RESULTS_COMPUTED_AT,
            SELECTION_ROUND.PROPOSALS_STARTED_ON,
            SELECTION_ROUND.REVIEW_STARTED_ON,
            SELECTION_ROUND.VOTING_STARTED_ON,
            SELECTION_ROUND.RESULTS_STARTED_ON,
            SELECTION_ROUND.CLOSED_STARTED_ON);

    private final DSLContext db;

    RoundRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<SelectionRound> find(long id) {
        return db.select(ROUND_COLUMNS)
                .from(SELECTION_ROUND)
                .where(SELECTION_ROUND.ID.eq(id))
                .fetchOptional()
                .map(r -> toRound(r, communitiesOf(List.of(id)).getOrDefault(id, List.of())));
    }

    /**
     * One page of rounds, newest first.
     *
     * @param areas only rounds with a community in one of these admin areas; null for any
     */
    public List<SelectionRound> findPage(Collection<PCode> areas, int offset, int limit) {
        return withCommunities(db.select(ROUND_COLUMNS)
                .from(SELECTION_ROUND)
                .where(inAreas(areas))
                .orderBy(SELECTION_ROUND.CREATED_AT.desc(), SELECTION_ROUND.ID.desc())
                .limit(limit)
                .offset(offset)
                .fetch());
    }

    /** The newest rounds in a phase, at most {@code limit}. */
    public List<SelectionRound> findInPhase(Phase phase, int limit) {
        return withCommunities(db.select(ROUND_COLUMNS)
                .from(SELECTION_ROUND)
                .where(SELECTION_ROUND.PHASE.eq(phase.name()))
                .orderBy(SELECTION_ROUND.CREATED_AT.desc(), SELECTION_ROUND.ID.desc())
                .limit(limit)
                .fetch());
    }

    /** The rounds of these rows, each with its communities (read in one query for all). */
    private List<SelectionRound> withCommunities(List<? extends Record> rows) {
        Map<Long, List<CommunityRef>> communities =
                communitiesOf(rows.stream().map(r -> r.get(SELECTION_ROUND.ID)).toList());
        return rows.stream()
                .map(r -> toRound(r, communities.getOrDefault(r.get(SELECTION_ROUND.ID), List.of())))
                .toList();
    }

    public int count(Collection<PCode> areas) {
        return db.fetchCount(SELECTION_ROUND, inAreas(areas));
    }

    public long insert(RoundData data, String createdBy, LocalDateTime now) {
        SelectionRoundRecord record = db.newRecord(SELECTION_ROUND);
        fill(record, data);
        record.setPhase(Phase.PROPOSALS.name());
        // A round is in its proposals phase from the day it is made.
        record.setProposalsStartedOn(now.toLocalDate());
        record.setCreatedBy(createdBy);
        record.setCreatedAt(now);
        db.insertInto(SELECTION_ROUND).set(record).execute();
        // Not INSERT … RETURNING: Connector/J refuses it on MariaDB. LAST_INSERT_ID() is per connection.
        long id = db.lastID().longValueExact();
        setCommunities(id, data.communityIds());
        return id;
    }

    /**
     * Freezes the round's rules and ballot, in the transaction that stores its first ballots; an edit
     * waiting on the round's row then finds it frozen.
     */
    public void freeze(long roundId) {
        db.update(SELECTION_ROUND)
                .set(SELECTION_ROUND.FROZEN, true)
                .where(SELECTION_ROUND.ID.eq(roundId))
                .and(SELECTION_ROUND.FROZEN.isFalse())
                .execute();
    }

    /** When the round's results were last computed. */
    public void setResultsComputedAt(long roundId, LocalDateTime at) {
        db.update(SELECTION_ROUND)
                .set(SELECTION_ROUND.RESULTS_COMPUTED_AT, at)
                .where(SELECTION_ROUND.ID.eq(roundId))
                .execute();
    }

    public void update(long id, RoundData data) {
        SelectionRoundRecord record = db.newRecord(SELECTION_ROUND);
        fill(record, data);
        db.update(SELECTION_ROUND).set(record).where(SELECTION_ROUND.ID.eq(id)).execute();
        setCommunities(id, data.communityIds());
    }

    /** Moves the round to a phase with the days its phases actually started; announced dates stay. */
    public void setPhase(long id, Phase phase, PhaseDates started) {
        db.update(SELECTION_ROUND)
                .set(SELECTION_ROUND.PHASE, phase.name())
                .set(SELECTION_ROUND.PROPOSALS_STARTED_ON, started.proposalsFrom())
                .set(SELECTION_ROUND.REVIEW_STARTED_ON, started.reviewFrom())
                .set(SELECTION_ROUND.VOTING_STARTED_ON, started.votingFrom())
                .set(SELECTION_ROUND.RESULTS_STARTED_ON, started.resultsFrom())
                .set(SELECTION_ROUND.CLOSED_STARTED_ON, started.closedFrom())
                .where(SELECTION_ROUND.ID.eq(id))
                .execute();
    }

    /**
     * Locks the round's row for an edit of its rules, ballot or phase, to the end of the transaction,
     * and writes it (adds one to its revision): the ballot writer, which freezes the round with its
     * first ballots, waits for the edit or the edit waits for it and then sees the round frozen. On a
     * Galera cluster, where row locks are not replicated, both write the row, so the two conflict at
     * certification and one of them fails instead of both committing.
     *
     * @return whether the round is frozen (a ballot is stored); empty when there is no such round
     */
    public Optional<Boolean> lockForEdit(long id) {
        Optional<Boolean> frozen = db.select(SELECTION_ROUND.FROZEN)
                .from(SELECTION_ROUND)
                .where(SELECTION_ROUND.ID.eq(id))
                .forUpdate()
                .fetchOptional(r -> Boolean.TRUE.equals(r.value1()));
        if (frozen.isPresent()) {
            db.update(SELECTION_ROUND)
                    .set(SELECTION_ROUND.REVISION, SELECTION_ROUND.REVISION.plus(1))
                    .where(SELECTION_ROUND.ID.eq(id))
                    .execute();
        }
        return frozen;
    }

    /** True as soon as one ballot of the round is stored: its rules and ballot are frozen from then on. */
    public boolean ballotCast(long roundId) {
        return db.fetchExists(BALLOT, BALLOT.ROUND_ID.eq(roundId));
    }

    /** The ballot in the order shown, with what voters read of each initiative. */
    public List<BallotItem> ballotItems(long roundId) {
        return db.select(
                        ROUND_BALLOT_ITEM.INITIATIVE_ID,
                        ROUND_BALLOT_ITEM.POSITION,
                        INITIATIVE.TITLE,
                        INITIATIVE.DESCRIPTION,
                        INITIATIVE.TEXT_LANGUAGE,
                        INITIATIVE.DIMENSION,
                        INITIATIVE.INITIATIVE_TYPE,
                        ROUND_BALLOT_ITEM.COST,
                        INITIATIVE.CONFIDENTIAL,
                        COMMUNITY.NAME)
                .from(ROUND_BALLOT_ITEM)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(ROUND_BALLOT_ITEM.INITIATIVE_ID))
                .join(COMMUNITY)
                .on(COMMUNITY.ID.eq(INITIATIVE.COMMUNITY_ID))
                .where(ROUND_BALLOT_ITEM.ROUND_ID.eq(roundId))
                .orderBy(ROUND_BALLOT_ITEM.POSITION.asc())
                .fetch(r -> new BallotItem(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        Dimension.valueOf(r.value6()),
                        InitiativeType.valueOf(r.value7()),
                        r.value8(),
                        r.value9(),
                        r.value10()));
    }

    /** Replaces the ballot: the initiatives in this order, each with the cost shown. */
    public void replaceBallot(long roundId, List<Long> initiativeIds, Map<Long, BigDecimal> costs) {
        db.deleteFrom(ROUND_BALLOT_ITEM)
                .where(ROUND_BALLOT_ITEM.ROUND_ID.eq(roundId))
                .execute();
        for (int i = 0; i < initiativeIds.size(); i++) {
            long initiative = initiativeIds.get(i);
            db.insertInto(ROUND_BALLOT_ITEM)
                    .set(ROUND_BALLOT_ITEM.ROUND_ID, roundId)
                    .set(ROUND_BALLOT_ITEM.INITIATIVE_ID, initiative)
                    .set(ROUND_BALLOT_ITEM.COST, costs.get(initiative))
                    .set(ROUND_BALLOT_ITEM.POSITION, i + 1)
                    .execute();
        }
    }

    public void addChange(
            long roundId, String by, LocalDateTime at, RoundChangeKind kind, Map<String, String> params, String what) {
        db.insertInto(ROUND_CHANGE)
                .set(ROUND_CHANGE.ROUND_ID, roundId)
                .set(ROUND_CHANGE.CHANGED_BY, by)
                .set(ROUND_CHANGE.CHANGED_AT, at)
                .set(ROUND_CHANGE.WHAT, what.length() > 2000 ? what.substring(0, 1997) + "…" : what)
                .set(ROUND_CHANGE.KIND, kind.name())
                .set(ROUND_CHANGE.PARAMS, RoundChange.writeParams(params))
                .execute();
    }

    /** The round's change log, newest first. */
    public List<RoundChange> changes(long roundId) {
        return db.select(
                        ROUND_CHANGE.ID,
                        ROUND_CHANGE.ROUND_ID,
                        ROUND_CHANGE.CHANGED_BY,
                        ROUND_CHANGE.CHANGED_AT,
                        ROUND_CHANGE.WHAT,
                        ROUND_CHANGE.KIND,
                        ROUND_CHANGE.PARAMS)
                .from(ROUND_CHANGE)
                .where(ROUND_CHANGE.ROUND_ID.eq(roundId))
                .orderBy(ROUND_CHANGE.CHANGED_AT.desc(), ROUND_CHANGE.ID.desc())
                .fetch(r -> new RoundChange(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        RoundChangeKind.ofName(r.value6()),
                        RoundChange.readParams(r.value7())));
    }

    /** The admin areas of these communities, by community id; unknown ids are left out. */
    public Map<Long, CommunityRef> communities(Collection<Long> ids) {
        return db.select(COMMUNITY.ID, COMMUNITY.NAME, COMMUNITY.ADMIN_PCODE)
                .from(COMMUNITY)
                .where(COMMUNITY.ID.in(ids))
                .fetchMap(r -> r.value1(), r -> new CommunityRef(r.value1(), r.value2(), PCode.of(r.value3())));
    }

    private void setCommunities(long roundId, Collection<Long> communityIds) {
        db.deleteFrom(ROUND_COMMUNITY)
                .where(ROUND_COMMUNITY.ROUND_ID.eq(roundId))
                .execute();
        for (long community : communityIds) {
            db.insertInto(ROUND_COMMUNITY)
                    .set(ROUND_COMMUNITY.ROUND_ID, roundId)
                    .set(ROUND_COMMUNITY.COMMUNITY_ID, community)
                    .execute();
        }
    }

    private Map<Long, List<CommunityRef>> communitiesOf(Collection<Long> roundIds) {
        return db
                .select(ROUND_COMMUNITY.ROUND_ID, COMMUNITY.ID, COMMUNITY.NAME, COMMUNITY.ADMIN_PCODE)
                .from(ROUND_COMMUNITY)
                .join(COMMUNITY)
                .on(COMMUNITY.ID.eq(ROUND_COMMUNITY.COMMUNITY_ID))
                .where(ROUND_COMMUNITY.ROUND_ID.in(roundIds))
                .orderBy(COMMUNITY.NAME.asc(), COMMUNITY.ID.asc())
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.value1(),
                        Collectors.mapping(
                                r -> new CommunityRef(r.value2(), r.value3(), PCode.of(r.value4())),
                                Collectors.toList())));
    }

    private static Condition inAreas(Collection<PCode> areas) {
        if (areas == null) {
            return DSL.noCondition();
        }
        return DSL.exists(DSL.selectOne()
                .from(ROUND_COMMUNITY)
                .join(COMMUNITY)
                .on(COMMUNITY.ID.eq(ROUND_COMMUNITY.COMMUNITY_ID))
                .where(ROUND_COMMUNITY.ROUND_ID.eq(SELECTION_ROUND.ID))
                .and(COMMUNITY.ADMIN_PCODE.in(areas.stream().map(PCode::value).toList())));
    }

    private static void fill(SelectionRoundRecord record, RoundData data) {
        record.setName(data.name());
        record.setBudget(data.budget());
        record.setCurrency(data.currency());
        record.setProposalsFrom(data.dates().proposalsFrom());
        record.setReviewFrom(data.dates().reviewFrom());
        record.setVotingFrom(data.dates().votingFrom());
        record.setResultsFrom(data.dates().resultsFrom());
        record.setClosedFrom(data.dates().closedFrom());
        record.setBallotFormat(data.rules().format().name());
        record.setMinChoices(data.rules().minChoices());
        record.setMaxChoices(data.rules().maxChoices());
        record.setPoints(data.rules().points());
        record.setOutcomeRule(data.rule().code());
        record.setSlipLanguage(data.slipLanguage());
    }

    private static SelectionRound toRound(Record r, List<CommunityRef> communities) {
        RoundData data = new RoundData(
                r.get(SELECTION_ROUND.NAME),
                communities.stream().map(CommunityRef::id).collect(Collectors.toSet()),
                r.get(SELECTION_ROUND.BUDGET),
                r.get(SELECTION_ROUND.CURRENCY),
                new PhaseDates(
                        r.get(SELECTION_ROUND.PROPOSALS_FROM),
                        r.get(SELECTION_ROUND.REVIEW_FROM),
                        r.get(SELECTION_ROUND.VOTING_FROM),
                        r.get(SELECTION_ROUND.RESULTS_FROM),
                        r.get(SELECTION_ROUND.CLOSED_FROM)),
                new BallotRules(
                        BallotFormat.valueOf(r.get(SELECTION_ROUND.BALLOT_FORMAT)),
                        r.get(SELECTION_ROUND.MIN_CHOICES),
                        r.get(SELECTION_ROUND.MAX_CHOICES),
                        r.get(SELECTION_ROUND.POINTS)),
                RuleName.ofCode(r.get(SELECTION_ROUND.OUTCOME_RULE)).orElseThrow(),
                r.get(SELECTION_ROUND.SLIP_LANGUAGE));
        return new SelectionRound(
                r.get(SELECTION_ROUND.ID),
                data,
                Phase.valueOf(r.get(SELECTION_ROUND.PHASE)),
                communities,
                r.get(SELECTION_ROUND.CREATED_BY),
                r.get(SELECTION_ROUND.CREATED_AT),
                r.get(SELECTION_ROUND.RESULTS_COMPUTED_AT),
                new PhaseDates(
                        r.get(SELECTION_ROUND.PROPOSALS_STARTED_ON),
                        r.get(SELECTION_ROUND.REVIEW_STARTED_ON),
                        r.get(SELECTION_ROUND.VOTING_STARTED_ON),
                        r.get(SELECTION_ROUND.RESULTS_STARTED_ON),
                        r.get(SELECTION_ROUND.CLOSED_STARTED_ON)));
    }
}
