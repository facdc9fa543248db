package org.reintegration.portal.selection.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.ROUND_BALLOT_ITEM;
import static org.reintegration.portal.base.jooq.Tables.SELECTION_ROUND;
import static org.reintegration.portal.selection.voting.VotingServiceTest.assertRejected;

import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.BallotRejectedException.Reason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("staff")
class FrozenPapersTest {

    @Autowired
    VotingService voting;

    @Autowired
    FrozenPapers frozenPapers;

    @Autowired
    DSLContext db;

    RoundFixture.Round round;

    @BeforeEach
    void aRoundInVoting() {
        round = new RoundFixture(db)
                .round("Frozen papers test", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500, 300);
    }

    @Test
    void a_frozen_rounds_paper_comes_from_memory_while_its_revision_stays_and_an_open_one_is_read_every_time() {
        int revision = revision();
        assertThat(frozenPapers.paper(round.id(), revision))
                .isNotSameAs(frozenPapers.paper(round.id(), revision))
                .isEqualTo(frozenPapers.paper(round.id(), revision));

        freeze();
        BallotPaper first = frozenPapers.paper(round.id(), revision);
        assertThat(frozenPapers.paper(round.id(), revision)).isSameAs(first);
        assertThat(frozenPapers.paper(round.id(), revision + 1)).isNotSameAs(first);
    }

    @Test
    void a_ballot_is_checked_against_the_paper_of_the_rounds_current_revision_not_a_remembered_one() {
        List<String> codes =
                voting.generateCodes(round.id(), 3, Locale.FRENCH, false, "x").codes();
        voting.castBallot(approving(codes.get(0), round.initiative(3)), "t"); // freezes the round
        voting.castBallot(approving(codes.get(1), round.initiative(3)), "t"); // its paper now in memory

        // the third initiative leaves the ballot, and the round's revision moves on as with every edit
        db.deleteFrom(ROUND_BALLOT_ITEM)
                .where(ROUND_BALLOT_ITEM.ROUND_ID.eq(round.id()))
                .and(ROUND_BALLOT_ITEM.INITIATIVE_ID.eq(round.initiative(3)))
                .execute();
        db.update(SELECTION_ROUND)
                .set(SELECTION_ROUND.REVISION, SELECTION_ROUND.REVISION.plus(1))
                .where(SELECTION_ROUND.ID.eq(round.id()))
                .execute();

        assertRejected(
                () -> voting.castBallot(approving(codes.get(2), round.initiative(3)), "t"), Reason.INVALID_CHOICE);
        voting.castBallot(approving(codes.get(2), round.initiative(1)), "t");
        assertThat(voting.codeCounts(round.id()).used()).isEqualTo(3);
    }

    private int revision() {
        return db.select(SELECTION_ROUND.REVISION)
                .from(SELECTION_ROUND)
                .where(SELECTION_ROUND.ID.eq(round.id()))
                .fetchOne(SELECTION_ROUND.REVISION);
    }

    private void freeze() {
        db.update(SELECTION_ROUND)
                .set(SELECTION_ROUND.FROZEN, true)
                .where(SELECTION_ROUND.ID.eq(round.id()))
                .execute();
    }

    private BallotSubmission approving(String code, Long initiative) {
        return new BallotSubmission(
                code, round.id(), BallotChoices.ticking(List.of(initiative)), Channel.ONLINE, VoterProfile.UNDECLARED);
    }
}
