package org.reintegration.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.selection.result.InitiativeResult;
import org.reintegration.portal.selection.result.ResultService;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.RoundFixture;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("staff")
class DemoBallotsTest {

    @Autowired
    DemoBallots demo;

    @Autowired
    VotingService voting;

    @Autowired
    ResultService results;

    @Autowired
    DSLContext db;

    @Test
    void a_results_round_gets_the_same_ballots_every_time_and_its_results() {
        RoundFixture fixture = new RoundFixture(db);
        var first = fixture.round("Demo", Phase.RESULTS, BallotFormat.KNAPSACK, 1000, 600, 500, 300, 200);
        var second = fixture.round("Demo", Phase.RESULTS, BallotFormat.KNAPSACK, 1000, 600, 500, 300, 200);

        int cast = demo.populate(first.id());

        assertThat(cast).isEqualTo(voting.ballotCounts(first.id()).total()).isGreaterThan(40);
        assertThat(voting.ballotCounts(first.id()).paper()).isPositive();
        assertThat(voting.findBallotPaper(first.id()).orElseThrow().phase()).isEqualTo(Phase.RESULTS);
        var shown = results.results(first.id()).orElseThrow();
        assertThat(shown.selected()).isNotEmpty();
        demo.populate(second.id());
        assertThat(support(results.results(second.id()).orElseThrow().initiatives()))
                .isEqualTo(support(shown.initiatives()));
    }

    @Test
    void a_voting_round_gets_ballots_and_a_closed_one_is_refused() {
        RoundFixture fixture = new RoundFixture(db);
        var voting = fixture.round("Demo C", Phase.VOTING, BallotFormat.CUMULATIVE, 1000, 600, 500, 300);
        var closed = fixture.round("Demo D", Phase.CLOSED, BallotFormat.APPROVAL, 1000, 600);

        assertThat(demo.populate(voting.id())).isEqualTo(DemoBallots.VOTERS);
        assertThat(results.results(voting.id())).isEmpty();
        assertThatThrownBy(() -> demo.populate(closed.id())).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> support(List<InitiativeResult> initiatives) {
        return initiatives.stream().map(InitiativeResult::support).toList();
    }
}
