package org.reintegration.portal.selection.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElectionTest {

    private static final List<Project> PROJECTS = List.of(new Project("a", 10), new Project("b", 20));

    @Test
    void identical_ballots_are_grouped_whatever_the_order_projects_were_listed_in() {
        Election election = Election.ofVoters(
                BigDecimal.TEN,
                VoteType.APPROVAL,
                PROJECTS,
                List.of(Ballot.approving("a", "b"), Ballot.approving("b"), Ballot.approving("b", "a")));

        assertThat(election.ballots())
                .containsExactly(
                        new BallotGroup(Ballot.approving("a", "b"), 2), new BallotGroup(Ballot.approving("b"), 1));
        assertThat(election.voterCount()).isEqualTo(3);
    }

    @Test
    void a_ballot_naming_an_unlisted_project_is_refused() {
        assertThatThrownBy(() ->
                        Election.ofVoters(BigDecimal.TEN, VoteType.APPROVAL, PROJECTS, List.of(Ballot.approving("c"))))
                .hasMessageContaining("unknown project c");
    }

    @Test
    void a_project_listed_twice_is_refused() {
        assertThatThrownBy(() -> new Election(
                        BigDecimal.TEN,
                        VoteType.APPROVAL,
                        List.of(new Project("a", 1), new Project("a", 2)),
                        List.of()))
                .hasMessageContaining("listed twice");
    }

    @Test
    void an_approval_ballot_cannot_carry_points() {
        assertThatThrownBy(() -> new Election(
                        BigDecimal.TEN,
                        VoteType.APPROVAL,
                        PROJECTS,
                        List.of(new BallotGroup(Ballot.withPoints(Map.of("a", 3L)), 1))))
                .hasMessageContaining("gives 3 points");
    }
}
