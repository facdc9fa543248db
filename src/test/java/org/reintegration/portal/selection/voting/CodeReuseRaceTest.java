package org.reintegration.portal.selection.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.BALLOT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.springframework.beans.factory.annotation.Autowired;

/** Real threads on the real database, committing: the code's single use must hold under contention. */
@PortalTest
class CodeReuseRaceTest {

    private static final int THREADS = 24;

    @Autowired
    VotingService voting;

    @Autowired
    DSLContext db;

    @Test
    void many_simultaneous_submissions_with_one_code_count_exactly_one_ballot() throws Exception {
        RoundFixture fixture = new RoundFixture(db);
        RoundFixture.Round round = fixture.round("Race", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500);
        try {
            AtomicReference<List<String>> codes = new AtomicReference<>();
            SystemTask.runAsAdministrator(() -> codes.set(voting.generateCodes(round.id(), 5, Locale.FRENCH, false, "x")
                    .codes()));
            AtomicInteger counted = new AtomicInteger();
            ConcurrentLinkedQueue<Object> refusals = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                for (String code : codes.get()) {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<?>> all = new ArrayList<>();
                    for (int i = 0; i < THREADS; i++) {
                        long choice = round.initiative(1 + i % 2);
                        all.add(pool.submit(() -> {
                            start.await();
                            try {
                                voting.castBallot(
                                        new BallotSubmission(
                                                code,
                                                round.id(),
                                                BallotChoices.ticking(List.of(choice)),
                                                Channel.ONLINE,
                                                VoterProfile.UNDECLARED),
                                        "race");
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
                }
            } finally {
                pool.shutdown();
            }

            assertThat(counted.get()).isEqualTo(5);
            assertThat(refusals).hasSize(5 * (THREADS - 1)).containsOnly(BallotRejectedException.Reason.USED_CODE);
            assertThat(db.fetchCount(BALLOT, BALLOT.ROUND_ID.eq(round.id()))).isEqualTo(5);
        } finally {
            fixture.delete(round);
        }
    }
}
