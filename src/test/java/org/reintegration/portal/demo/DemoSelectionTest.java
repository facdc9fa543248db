package org.reintegration.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.InitiativeFilter;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.RoundBallot;
import org.reintegration.portal.selection.round.RoundService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@PortalTest
class DemoSelectionTest {

    @Autowired
    DemoData demo;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    RoundService rounds;

    @Test
    @WithUserDetails("staff")
    void there_is_a_demo_round_in_each_phase_up_to_results_with_ballots_where_voting_began() {
        var byPhase = demo.demoRoundsByPhase();

        assertThat(byPhase).containsOnlyKeys(Phase.PROPOSALS, Phase.REVIEW, Phase.VOTING, Phase.RESULTS);
        byPhase.forEach((phase, id) -> {
            assertThat(rounds.get(id).phase()).isEqualTo(phase);
            assertThat(rounds.get(id).name()).endsWith("(demo)");
        });
        RoundBallot voting = rounds.ballot(byPhase.get(Phase.VOTING));
        assertThat(voting.items()).hasSize(5);
        assertThat(voting.items())
                .anySatisfy(item -> assertThat(item.confidential()).isTrue());
        assertThat(rounds.ballot(byPhase.get(Phase.RESULTS)).items()).hasSize(4);
        assertThat(rounds.ballot(byPhase.get(Phase.PROPOSALS)).items()).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void demo_initiatives_cover_every_dimension_say_they_are_invented_and_some_await_moderation() {
        List<Initiative> demoInitiatives = initiatives.list(InitiativeFilter.ALL, 0, 500).stream()
                .filter(i -> i.data().description().endsWith(DemoSelection.MARK))
                .toList();

        assertThat(demoInitiatives.stream().map(i -> i.data().dimension()).distinct())
                .containsExactlyInAnyOrder(Dimension.values());
        assertThat(demoInitiatives)
                .filteredOn(i -> i.data().type() == InitiativeType.PEER_SUPPORT_GROUP)
                .allSatisfy(i -> assertThat(i.data().confidential()).isTrue())
                .isNotEmpty();
        assertThat(demoInitiatives).anySatisfy(i -> assertThat(i.status()).isEqualTo(InitiativeStatus.NOT_FEASIBLE));
        assertThat(demoInitiatives).anySatisfy(i -> assertThat(i.status()).isEqualTo(InitiativeStatus.UNDER_REVIEW));
        assertThat(initiatives.list(new InitiativeFilter(null, null, null, null, true), 0, 500).stream()
                        .filter(i -> i.data().description().endsWith(DemoSelection.MARK)))
                .hasSizeGreaterThanOrEqualTo(3);
    }
}
