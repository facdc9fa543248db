package org.reintegration.portal.selection.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.BALLOT;
import static org.reintegration.portal.base.jooq.Tables.BALLOT_CHOICE;
import static org.reintegration.portal.base.jooq.Tables.INITIATIVE;
import static org.reintegration.portal.base.jooq.Tables.ROUND_BALLOT_ITEM;
import static org.reintegration.portal.base.jooq.Tables.ROUND_CHANGE;
import static org.reintegration.portal.base.jooq.Tables.ROUND_COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.SELECTION_ROUND;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.RoundService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A staff member takes an initiative off the ballot at the moment the first votes for it come in, on
 * real threads and the real database, many times over. Whichever wins, no round may end with a counted
 * vote for something that is no longer on its ballot, nor with a ballot changed after a vote counted.
 */
@PortalTest
class FirstBallotFreezeRaceTest {

    private static final int ITERATIONS = 25;
    private static final int VOTERS = 3;

    @Autowired
    VotingService voting;

    @Autowired
    RoundService rounds;

    @Autowired
    DSLContext db;

    @Test
    void an_edit_of_the_ballot_and_the_first_votes_never_both_take_effect() throws Exception {
        RoundFixture fixture = new RoundFixture(db);
        ExecutorService pool = Executors.newFixedThreadPool(VOTERS + 1);
        int editsWon = 0;
        int votesWon = 0;
        try {
            for (int iteration = 0; iteration < ITERATIONS; iteration++) {
                RoundFixture.Round round = fixture.round(
                        "Freeze race " + iteration, Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500, 300);
                // the fixture places the round in the first community already
                db.update(INITIATIVE)
                        .set(INITIATIVE.TYPE_DETAILS, "{\"works\": \"A well\", \"land_secured\": true}")
                        .set(INITIATIVE.DIMENSION, "SOCIAL")
                        .where(INITIATIVE.ID.in(round.initiatives()))
                        .execute();
                AtomicReference<List<String>> codes = new AtomicReference<>();
                SystemTask.runAsAdministrator(
                        () -> codes.set(voting.generateCodes(round.id(), VOTERS, Locale.FRENCH, false, "x")
                                .codes()));
                long removed = round.initiative(3);
                CountDownLatch start = new CountDownLatch(1);
                AtomicBoolean edited = new AtomicBoolean();
                List<Future<?>> all = new ArrayList<>();
                all.add(pool.submit(() -> {
                    start.await();
                    SystemTask.runAsAdministrator(() -> {
                        try {
                            rounds.setBallot(round.id(), List.of(round.initiative(1), round.initiative(2)));
                            edited.set(true);
                        } catch (InvalidFieldException e) {
                            assertThat(e.getMessage()).contains("frozen");
                        }
                    });
                    return null;
                }));
                for (String code : codes.get()) {
                    all.add(pool.submit(() -> {
                        start.await();
                        try {
                            voting.castBallot(
                                    new BallotSubmission(
                                            code,
                                            round.id(),
                                            BallotChoices.ticking(List.of(removed)),
                                            Channel.ONLINE,
                                            VoterProfile.UNDECLARED),
                                    "freeze-race");
                        } catch (BallotRejectedException e) {
                            assertThat(e.reason()).isEqualTo(BallotRejectedException.Reason.INVALID_CHOICE);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> each : all) {
                    each.get();
                }

                Set<Long> onBallot = new HashSet<>(db.select(ROUND_BALLOT_ITEM.INITIATIVE_ID)
                        .from(ROUND_BALLOT_ITEM)
                        .where(ROUND_BALLOT_ITEM.ROUND_ID.eq(round.id()))
                        .fetch(ROUND_BALLOT_ITEM.INITIATIVE_ID));
                List<Long> voted = db.select(BALLOT_CHOICE.INITIATIVE_ID)
                        .from(BALLOT_CHOICE)
                        .join(BALLOT)
                        .on(BALLOT.ID.eq(BALLOT_CHOICE.BALLOT_ID))
                        .where(BALLOT.ROUND_ID.eq(round.id()))
                        .fetch(BALLOT_CHOICE.INITIATIVE_ID);
                boolean frozen = Boolean.TRUE.equals(db.select(SELECTION_ROUND.FROZEN)
                        .from(SELECTION_ROUND)
                        .where(SELECTION_ROUND.ID.eq(round.id()))
                        .fetchOne(SELECTION_ROUND.FROZEN));

                assertThat(onBallot)
                        .as("iteration %d: every counted choice is on the ballot as it ended", iteration)
                        .containsAll(voted);
                assertThat(edited.get() && !voted.isEmpty())
                        .as("iteration %d: the ballot was changed and a vote for what it removed counted", iteration)
                        .isFalse();
                assertThat(frozen).as("frozen exactly when a ballot is stored").isEqualTo(!voted.isEmpty());
                if (edited.get()) {
                    editsWon++;
                } else {
                    votesWon++;
                }
                db.deleteFrom(ROUND_CHANGE)
                        .where(ROUND_CHANGE.ROUND_ID.eq(round.id()))
                        .execute();
                db.deleteFrom(ROUND_COMMUNITY)
                        .where(ROUND_COMMUNITY.ROUND_ID.eq(round.id()))
                        .execute();
                fixture.delete(round);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(editsWon + votesWon).isEqualTo(ITERATIONS);
    }
}
