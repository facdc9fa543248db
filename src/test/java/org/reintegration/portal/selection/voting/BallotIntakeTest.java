package org.reintegration.portal.selection.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.BALLOT;
import static org.reintegration.portal.base.jooq.Tables.BALLOT_CHOICE;
import static org.reintegration.portal.base.jooq.Tables.SELECTION_ROUND;
import static org.reintegration.portal.base.jooq.Tables.VOTING_CODE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.BallotRejectedException.Reason;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The intake's batches on the real database, committing, with real threads. Intakes with a long window
 * are made here so that a whole test's ballots land in one batch.
 */
@PortalTest
class BallotIntakeTest {

    @Autowired
    VotingService voting;

    @Autowired
    BallotWriter writer;

    @Autowired
    BallotIntake intake;

    @Autowired
    DSLContext db;

    @Test
    void concurrent_submissions_are_written_in_batches_each_code_counting_once_and_every_acknowledged_ballot_stored()
            throws Exception {
        RoundFixture fixture = new RoundFixture(db);
        RoundFixture.Round round = fixture.round("Batches", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500);
        int codeCount = 60;
        List<String> codes = codes(round, codeCount);
        long batchesBefore = intake.batchesWritten();
        AtomicInteger counted = new AtomicInteger();
        ConcurrentLinkedQueue<Reason> refusals = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> all = new ArrayList<>();
        try {
            // every code twice, a third of them three times: 140 submissions for 60 codes
            List<String> submissions = new ArrayList<>(codes);
            submissions.addAll(codes);
            submissions.addAll(codes.subList(0, codeCount / 3));
            for (int i = 0; i < submissions.size(); i++) {
                String code = submissions.get(i);
                long choice = round.initiative(1 + i % 2);
                all.add(pool.submit(() -> {
                    start.await();
                    try {
                        voting.castBallot(approving(code, round, choice), "batch-test");
                        counted.incrementAndGet();
                    } catch (BallotRejectedException e) {
                        refusals.add(e.reason());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : all) {
                each.get();
            }
            long batches = intake.batchesWritten() - batchesBefore;

            assertThat(counted.get()).isEqualTo(codeCount);
            assertThat(refusals).hasSize(140 - codeCount).containsOnly(Reason.USED_CODE);
            assertThat(stored(round)).isEqualTo(codeCount);
            assertThat(usedCodes(round)).isEqualTo(codeCount);
            assertThat(batches).as("batches for 140 concurrent submissions").isBetween(1L, 139L);
            assertThat(frozen(round)).isTrue();
        } finally {
            pool.shutdown();
            fixture.delete(round);
        }
    }

    @Test
    void within_a_batch_neither_ballot_ids_nor_the_insertion_order_follow_the_order_ballots_came_in() throws Exception {
        RoundFixture fixture = new RoundFixture(db);
        // six initiatives of cost 1: each of the 63 non-empty subsets is a ballot that tells its submission apart
        RoundFixture.Round round = fixture.round("Shuffle", Phase.VOTING, BallotFormat.KNAPSACK, 100, 1, 1, 1, 1, 1, 1);
        List<String> codes = codes(round, 63);
        BallotIntake slow = new BallotIntake(writer, Duration.ofSeconds(3), 500, 1);
        db.execute("create table test_ballot_order (seq bigint auto_increment primary key, ballot_id binary(16))");
        db.execute("create trigger test_ballot_order after insert on ballot for each row"
                + " insert into test_ballot_order (ballot_id) values (new.id)");
        try {
            // prepared first, then handed in together: the batch is about the order of arrival, and preparing
            // 63 ballots on a loaded machine can take longer than the window
            List<PendingBallot> prepared = new ArrayList<>();
            for (int i = 0; i < 63; i++) {
                int subset = i + 1;
                List<Long> chosen = IntStream.range(0, 6)
                        .filter(bit -> (subset & (1 << bit)) != 0)
                        .mapToObj(bit -> round.initiative(bit + 1))
                        .toList();
                BallotSubmission submission = new BallotSubmission(
                        codes.get(i),
                        round.id(),
                        BallotChoices.ticking(chosen),
                        Channel.ONLINE,
                        VoterProfile.UNDECLARED);
                prepared.add(voting.prepare(submission, VotingOrigin.of("shuffle-test")));
            }
            List<CompletableFuture<Void>> answers = new ArrayList<>();
            for (PendingBallot ballot : prepared) {
                answers.add(slow.enqueue(ballot));
            }
            for (CompletableFuture<Void> answer : answers) {
                answer.get(30, TimeUnit.SECONDS);
            }
            assertThat(slow.batchesWritten()).isEqualTo(1);

            Map<String, Integer> submissionOf = new HashMap<>();
            db.select(BALLOT_CHOICE.BALLOT_ID, BALLOT_CHOICE.INITIATIVE_ID)
                    .from(BALLOT_CHOICE)
                    .join(BALLOT)
                    .on(BALLOT.ID.eq(BALLOT_CHOICE.BALLOT_ID))
                    .where(BALLOT.ROUND_ID.eq(round.id()))
                    .forEach(r -> submissionOf.merge(
                            HexFormat.of().formatHex(r.value1()),
                            1 << round.initiatives().indexOf(r.value2()),
                            Integer::sum));
            assertThat(submissionOf).hasSize(63);
            List<Integer> inSubmissionOrder =
                    IntStream.rangeClosed(1, 63).boxed().toList();
            List<Integer> insertionOrder = db.select(DSL.field("hex(ballot_id)", String.class))
                    .from("test_ballot_order")
                    .orderBy(DSL.field("seq"))
                    .fetch(r -> submissionOf.get(r.value1().toLowerCase(Locale.ROOT)));
            List<Integer> idOrder = submissionOf.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue)
                    .toList();

            assertThat(insertionOrder).containsExactlyInAnyOrderElementsOf(inSubmissionOrder);
            assertThat(insertionOrder)
                    .as("rows inserted in the order ballots came in")
                    .isNotEqualTo(inSubmissionOrder);
            assertThat(insertionOrder).isNotEqualTo(inSubmissionOrder.reversed());
            assertThat(idOrder).as("ids rise with the order ballots came in").isNotEqualTo(inSubmissionOrder);
            assertThat(idOrder).isNotEqualTo(inSubmissionOrder.reversed());
            assertThat(longestRun(insertionOrder))
                    .as("a long stretch in arrival order")
                    .isLessThan(10);
        } finally {
            slow.stop();
            db.execute("drop trigger if exists test_ballot_order");
            db.execute("drop table if exists test_ballot_order");
            fixture.delete(round);
        }
    }

    @Test
    void a_database_failure_during_a_batch_answers_every_ballot_of_it_try_again_and_stores_nothing() throws Exception {
        RoundFixture fixture = new RoundFixture(db);
        RoundFixture.Round round = fixture.round("Failure", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500, 300);
        List<String> codes = codes(round, 12);
        BallotIntake slow = new BallotIntake(writer, Duration.ofSeconds(2), 500, 4);
        // the database refuses any choice of the third initiative, as a full disk or a broken constraint would
        db.execute("create trigger test_ballot_failure before insert on ballot_choice for each row"
                + " if new.initiative_id = " + round.initiative(3)
                + " then signal sqlstate '45000' set message_text = 'disk full'; end if");
        try {
            List<CompletableFuture<Void>> answers = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                long choice = round.initiative(i == 7 ? 3 : 1 + i % 2);
                answers.add(slow.enqueue(
                        voting.prepare(approving(codes.get(i), round, choice), VotingOrigin.of("failure-test"))));
            }
            List<Reason> reasons = new ArrayList<>();
            for (CompletableFuture<Void> answer : answers) {
                try {
                    answer.get(30, TimeUnit.SECONDS);
                    reasons.add(null);
                } catch (ExecutionException e) {
                    reasons.add(((BallotRejectedException) e.getCause()).reason());
                }
            }

            assertThat(reasons).hasSize(12).containsOnly(Reason.TRY_AGAIN);
            assertThat(stored(round)).isZero();
            assertThat(usedCodes(round)).isZero();
            assertThat(frozen(round)).isFalse();
        } finally {
            slow.stop();
            db.execute("drop trigger if exists test_ballot_failure");
            fixture.delete(round);
        }
    }

    @Test
    void one_batch_checks_every_ballot_under_its_locks_and_answers_each_with_its_own_reason() throws Exception {
        RoundFixture fixture = new RoundFixture(db);
        RoundFixture.Round open = fixture.round("Reasons", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500, 300);
        RoundFixture.Round other = fixture.round("Reasons, other", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400);
        RoundFixture.Round over = fixture.round("Reasons, over", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400);
        List<String> codes = codes(open, 3);
        String otherCode = codes(other, 1).getFirst();
        String overCode = codes(over, 1).getFirst();
        voting.castBallot(approving(codes.get(2), open, open.initiative(1)), "reasons-test"); // used before
        fixture.setPhase(over.id(), Phase.RESULTS);
        BallotIntake slow = new BallotIntake(writer, Duration.ofSeconds(2), 500, 1);
        try {
            List<BallotSubmission> submissions = List.of(
                    approving("ABCD-EFGH-JKLM", open, open.initiative(1)),
                    approving(otherCode, open, open.initiative(1)),
                    new BallotSubmission(
                            overCode,
                            null,
                            BallotChoices.ticking(List.of(over.initiative(1))),
                            Channel.ONLINE,
                            VoterProfile.UNDECLARED),
                    approving(codes.get(2), open, open.initiative(2)),
                    new BallotSubmission(
                            codes.get(0),
                            open.id(),
                            BallotChoices.ticking(List.of(open.initiative(1), open.initiative(2), open.initiative(3))),
                            Channel.ONLINE,
                            VoterProfile.UNDECLARED),
                    approving(codes.get(0), open, open.initiative(2)),
                    approving(codes.get(0), open, open.initiative(3)),
                    approving(codes.get(1), open, open.initiative(3)));
            List<CompletableFuture<Void>> answers = new ArrayList<>();
            for (BallotSubmission submission : submissions) {
                answers.add(slow.enqueue(voting.prepare(submission, VotingOrigin.of("reasons-test"))));
            }
            List<Reason> reasons = new ArrayList<>();
            for (CompletableFuture<Void> answer : answers) {
                try {
                    answer.get(30, TimeUnit.SECONDS);
                    reasons.add(null);
                } catch (ExecutionException e) {
                    reasons.add(((BallotRejectedException) e.getCause()).reason());
                }
            }

            assertThat(slow.batchesWritten()).isEqualTo(1);
            assertThat(reasons)
                    .containsExactly(
                            Reason.UNKNOWN_CODE,
                            Reason.UNKNOWN_CODE,
                            Reason.ROUND_NOT_OPEN,
                            Reason.USED_CODE,
                            Reason.INVALID_CHOICE,
                            null,
                            Reason.USED_CODE,
                            null);
            assertThat(stored(open)).isEqualTo(3);
            assertThat(usedCodes(open)).isEqualTo(3);
            assertThat(stored(other) + usedCodes(other) + stored(over) + usedCodes(over))
                    .isZero();
        } finally {
            slow.stop();
            fixture.delete(open);
            fixture.delete(other);
            fixture.delete(over);
        }
    }

    @Test
    void wrong_codes_found_by_the_writer_count_against_their_origin_yet_a_correct_code_from_there_still_counts() {
        RoundFixture fixture = new RoundFixture(db);
        RoundFixture.Round round = fixture.round("Wrong codes", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500);
        String code = codes(round, 1).getFirst();
        String origin = "10.7.7." + System.nanoTime() % 250;
        try {
            // well formed, so only the writer can tell that they do not exist
            for (int i = 0; i < 20; i++) {
                String wrong = "ABCD-EFGH-JK" + VotingCodes.ALPHABET.charAt(i) + "M";
                VotingServiceTest.assertRejected(
                        () -> voting.castBallot(approving(wrong, round, round.initiative(1)), origin),
                        Reason.UNKNOWN_CODE);
            }
            VotingServiceTest.assertRejected(
                    () -> voting.castBallot(approving("ABCD-EFGH-JKLQ", round, round.initiative(1)), origin),
                    Reason.TOO_MANY_ATTEMPTS);

            voting.castBallot(approving(code, round, round.initiative(1)), origin);
            assertThat(stored(round)).isEqualTo(1);
        } finally {
            fixture.delete(round);
        }
    }

    private List<String> codes(RoundFixture.Round round, int count) {
        AtomicReference<List<String>> drawn = new AtomicReference<>();
        SystemTask.runAsAdministrator(() -> drawn.set(voting.generateCodes(round.id(), count, Locale.FRENCH, false, "x")
                .codes()));
        return drawn.get();
    }

    private static BallotSubmission approving(String code, RoundFixture.Round round, long initiative) {
        return new BallotSubmission(
                code, round.id(), BallotChoices.ticking(List.of(initiative)), Channel.ONLINE, VoterProfile.UNDECLARED);
    }

    private int stored(RoundFixture.Round round) {
        return db.fetchCount(BALLOT, BALLOT.ROUND_ID.eq(round.id()));
    }

    private int usedCodes(RoundFixture.Round round) {
        return db.fetchCount(VOTING_CODE, VOTING_CODE.ROUND_ID.eq(round.id()).and(VOTING_CODE.USED.isTrue()));
    }

    private boolean frozen(RoundFixture.Round round) {
        return Boolean.TRUE.equals(db.select(SELECTION_ROUND.FROZEN)
                .from(SELECTION_ROUND)
                .where(SELECTION_ROUND.ID.eq(round.id()))
                .fetchOne(SELECTION_ROUND.FROZEN));
    }

    /** The longest stretch of consecutive submissions inserted one after the other. */
    private static int longestRun(List<Integer> order) {
        int longest = 1;
        int run = 1;
        for (int i = 1; i < order.size(); i++) {
            run = order.get(i) == order.get(i - 1) + 1 ? run + 1 : 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
