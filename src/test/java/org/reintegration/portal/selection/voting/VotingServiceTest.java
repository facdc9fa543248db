package org.reintegration.portal.selection.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reintegration.portal.base.jooq.Tables.BALLOT;
import static org.reintegration.portal.base.jooq.Tables.VOTING_CODE;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.BallotRejectedException.Reason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("staff")
class VotingServiceTest {

    @Autowired
    VotingService voting;

    @Autowired
    DSLContext db;

    RoundFixture fixture;
    RoundFixture.Round round;

    @BeforeEach
    void aRoundInVoting() {
        fixture = new RoundFixture(db);
        round = fixture.round("Voting service test", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500, 300);
    }

    @Test
    void generated_codes_come_as_a_pdf_and_only_their_hashes_are_stored() {
        GeneratedCodes batch =
                voting.generateCodes(round.id(), 12, Locale.FRENCH, true, "https://portal.example/vote/1");

        assertThat(new String(batch.pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(batch.codes()).hasSize(12).doesNotHaveDuplicates();
        List<String> stored = db.select(VOTING_CODE.CODE_HASH)
                .from(VOTING_CODE)
                .where(VOTING_CODE.ROUND_ID.eq(round.id()))
                .fetch(VOTING_CODE.CODE_HASH);
        assertThat(stored).hasSize(12).allMatch(h -> h.matches("[0-9a-f]{64}"));
        assertThat(stored).noneMatch(h -> batch.codes().stream()
                .anyMatch(c -> h.contains(c.replace("-", "").toLowerCase(Locale.ROOT))));
        assertThat(voting.codeCounts(round.id())).isEqualTo(new CodeCounts(1, 12, 0));
        assertThat(voting.generateCodes(round.id(), 3, Locale.ENGLISH, false, "x")
                        .batch())
                .isEqualTo(2);
    }

    @Test
    void slips_can_be_printed_in_arabic() {
        GeneratedCodes batch =
                voting.generateCodes(round.id(), 3, Locale.of("ar"), true, "https://portal.example/vote");

        assertThat(batch.pdf().length).isGreaterThan(1000);
    }

    @Test
    void a_batch_of_no_codes_or_too_many_is_refused() {
        assertThatThrownBy(() -> voting.generateCodes(round.id(), 0, Locale.FRENCH, false, "x"))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> voting.generateCodes(
                        round.id(), VotingService.MAX_CODES_PER_BATCH + 1, Locale.FRENCH, false, "x"))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(voting.codeCounts(round.id()).issued()).isZero();
    }

    @Test
    void a_ballot_is_counted_once_and_its_code_cannot_be_used_again() {
        String code = voting.generateCodes(round.id(), 1, Locale.FRENCH, false, "x")
                .codes()
                .getFirst();

        voting.castBallot(
                new BallotSubmission(
                        code.toLowerCase(Locale.ROOT),
                        round.id(),
                        BallotChoices.ticking(List.of(round.initiative(1))),
                        Channel.ONLINE,
                        new VoterProfile(VoterGroup.RETURNEE, VoterSex.FEMALE, VoterAgeBand.FROM_18_TO_35)),
                "test");

        assertThat(voting.ballotCounts(round.id())).isEqualTo(new BallotCounts(1, 0));
        assertThat(voting.codeCounts(round.id()).used()).isEqualTo(1);
        assertRejected(() -> voting.castBallot(approving(code, round.initiative(2)), "test"), Reason.USED_CODE);
        assertThat(voting.ballotCounts(round.id()).total()).isEqualTo(1);
    }

    @Test
    void a_ballot_breaking_the_rules_is_refused_and_leaves_the_code_unused() {
        String code = voting.generateCodes(round.id(), 1, Locale.FRENCH, false, "x")
                .codes()
                .getFirst();

        assertRejected(
                () -> voting.castBallot(
                        approving(code, round.initiative(1), round.initiative(2), round.initiative(3)), "test"),
                Reason.INVALID_CHOICE);

        assertThat(voting.codeCounts(round.id()).used()).isZero();
        assertThat(voting.ballotCounts(round.id()).total()).isZero();
    }

    @Test
    void unknown_codes_and_codes_of_another_round_are_refused_alike() {
        var other = fixture.round("Another round", Phase.VOTING, BallotFormat.APPROVAL, 1000, 100);
        String otherCode = voting.generateCodes(other.id(), 1, Locale.FRENCH, false, "x")
                .codes()
                .getFirst();

        assertRejected(
                () -> voting.castBallot(approving("ABCD-EFGH-JKLM", round.initiative(1)), "t"), Reason.UNKNOWN_CODE);
        assertRejected(() -> voting.castBallot(approving("not a code", round.initiative(1)), "t"), Reason.UNKNOWN_CODE);
        assertRejected(() -> voting.castBallot(approving(otherCode, round.initiative(1)), "t"), Reason.UNKNOWN_CODE);
    }

    @Test
    void no_ballot_is_accepted_outside_the_voting_phase() {
        String code = voting.generateCodes(round.id(), 1, Locale.FRENCH, false, "x")
                .codes()
                .getFirst();
        fixture.setPhase(round.id(), Phase.RESULTS);

        assertRejected(() -> voting.castBallot(approving(code, round.initiative(1)), "t"), Reason.ROUND_NOT_OPEN);
        assertRejected(() -> voting.openBallot(code, round.id(), "t"), Reason.ROUND_NOT_OPEN);
        assertThat(voting.codeCounts(round.id()).used()).isZero();
    }

    @Test
    void wrong_codes_beyond_the_limit_are_answered_too_many_attempts_yet_a_correct_code_from_there_still_counts() {
        String code = voting.generateCodes(round.id(), 1, Locale.FRENCH, false, "x")
                .codes()
                .getFirst();
        for (int i = 0; i < 20; i++) {
            assertRejected(() -> voting.openBallot("ABCD-EFGH-JKLM", null, "10.0.0.66"), Reason.UNKNOWN_CODE);
        }
        assertRejected(() -> voting.openBallot("ABCD-EFGH-JKLN", null, "10.0.0.66"), Reason.TOO_MANY_ATTEMPTS);
        assertRejected(
                () -> voting.castBallot(approving("ABCD-EFGH-JKLP", round.initiative(1)), "10.0.0.66"),
                Reason.TOO_MANY_ATTEMPTS);

        assertThat(voting.openBallot(code, null, "10.0.0.66").roundId()).isEqualTo(round.id());
        voting.castBallot(approving(code, round.initiative(1)), "10.0.0.66");
        assertThat(voting.codeCounts(round.id()).used()).isEqualTo(1);
        assertRejected(() -> voting.openBallot("ABCD-EFGH-JKLM", null, "10.0.0.67"), Reason.UNKNOWN_CODE);
    }

    @Test
    @WithUserDetails("authority")
    void only_staff_enter_paper_ballots() {
        var paper = new BallotSubmission(
                "ABCD-EFGH-JKLM",
                round.id(),
                BallotChoices.ticking(List.of(round.initiative(1))),
                Channel.PAPER,
                VoterProfile.UNDECLARED);

        assertThatThrownBy(() -> voting.castBallot(paper, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> voting.generateCodes(round.id(), 1, Locale.FRENCH, false, "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_cumulative_ballot_stores_the_points_given() {
        var cumulative = fixture.round("Points", Phase.VOTING, BallotFormat.CUMULATIVE, 1000, 400, 500);
        String code = voting.generateCodes(cumulative.id(), 1, Locale.FRENCH, false, "x")
                .codes()
                .getFirst();

        voting.castBallot(
                new BallotSubmission(
                        code,
                        null,
                        new BallotChoices(Map.of(cumulative.initiative(1), 6, cumulative.initiative(2), 4)),
                        Channel.ONLINE,
                        null),
                "t");

        assertThat(db.fetchCount(BALLOT, BALLOT.ROUND_ID.eq(cumulative.id()))).isEqualTo(1);
    }

    @Test
    @org.springframework.security.test.context.support.WithAnonymousUser
    void the_public_reads_a_ballot_once_voting_opens_and_never_a_confidential_initiative_s_details() {
        var review = fixture.round("Not yet open", Phase.REVIEW, BallotFormat.APPROVAL, 1000, 400);
        db.update(org.reintegration.portal.base.jooq.Tables.INITIATIVE)
                .set(org.reintegration.portal.base.jooq.Tables.INITIATIVE.CONFIDENTIAL, true)
                .where(org.reintegration.portal.base.jooq.Tables.INITIATIVE.ID.eq(round.initiative(2)))
                .execute();

        assertThat(voting.findBallotPaper(review.id())).isEmpty();
        BallotPaper open = voting.findBallotPaper(round.id()).orElseThrow();
        assertThat(open.item(round.initiative(1)).orElseThrow().description()).isNotEmpty();
        assertThat(open.item(round.initiative(2)).orElseThrow().description()).isEmpty();
    }

    private BallotSubmission approving(String code, Long... initiatives) {
        return new BallotSubmission(
                code, round.id(), BallotChoices.ticking(List.of(initiatives)), Channel.ONLINE, VoterProfile.UNDECLARED);
    }

    static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BallotRejectedException.class, e -> assertThat(e.reason())
                .isEqualTo(reason));
    }
}
