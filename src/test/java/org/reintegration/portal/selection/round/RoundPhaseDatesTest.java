package org.reintegration.portal.selection.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.initiative.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("staff")
class RoundPhaseDatesTest {

    /** The dates {@link RoundSamples#data} announces: proposals from 5 January, voting from 1 March 2026. */
    private static final PhaseDates ANNOUNCED =
            new PhaseDates(LocalDate.of(2026, 1, 5), null, LocalDate.of(2026, 3, 1), null, null);

    @Autowired
    RoundService rounds;

    @Autowired
    PublicRoundService publicView;

    @Autowired
    RoundSamples samples;

    @Test
    void moving_a_round_records_the_day_each_phase_started_and_leaves_the_announced_dates_as_published() {
        long community = samples.communityIn("GN004", 0);
        long water = samples.feasible(Samples.waterPoint(community), null);
        long round = samples.round(community, BallotRules.approval(1, 1));
        LocalDate today = LocalDate.now();

        rounds.moveTo(round, Phase.REVIEW);
        rounds.setBallot(round, List.of(water));
        rounds.moveTo(round, Phase.VOTING);

        SelectionRound voting = rounds.get(round);
        assertThat(voting.data().dates()).isEqualTo(ANNOUNCED);
        assertThat(voting.started()).isEqualTo(new PhaseDates(today, today, today, null, null));
        PublicRound shown = publicView.publicRound(round);
        assertThat(shown.dates()).isEqualTo(ANNOUNCED);
        assertThat(shown.started().votingFrom()).isEqualTo(today);
    }

    @Test
    void a_step_back_to_review_forgets_that_voting_had_opened_and_keeps_when_review_started() {
        long community = samples.communityIn("GN004", 0);
        long water = samples.feasible(Samples.waterPoint(community), null);
        long round = samples.round(community, BallotRules.approval(1, 1));
        rounds.moveTo(round, Phase.REVIEW);
        rounds.setBallot(round, List.of(water));
        rounds.moveTo(round, Phase.VOTING);

        rounds.moveTo(round, Phase.REVIEW);

        SelectionRound back = rounds.get(round);
        assertThat(back.started().votingFrom()).isNull();
        assertThat(back.started().reviewFrom()).isEqualTo(LocalDate.now());
        assertThat(back.data().dates()).isEqualTo(ANNOUNCED);
    }

    @Test
    void the_actual_start_is_kept_apart_from_the_announced_dates_after_a_step_back() {
        PhaseDates started = new PhaseDates(
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3), null, null);

        assertThat(started.movedTo(Phase.REVIEW, LocalDate.of(2026, 3, 4)))
                .isEqualTo(new PhaseDates(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1), null, null, null));
        assertThat(started.movedTo(Phase.RESULTS, LocalDate.of(2026, 3, 16)).resultsFrom())
                .isEqualTo(LocalDate.of(2026, 3, 16));
    }
}
