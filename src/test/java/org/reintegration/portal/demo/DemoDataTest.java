package org.reintegration.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.community.profile.ProfileService;
import org.reintegration.portal.returnees.ReturneeCountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@PortalTest
class DemoDataTest {

    @Autowired
    CommunityService communities;

    @Autowired
    ProfileService profiles;

    @Autowired
    ReturneeCountService returnees;

    @Test
    @WithUserDetails("staff")
    void every_prefecture_has_invented_returnee_counts_for_two_rounds() {
        assertThat(returnees.countsFor(null))
                .filteredOn(c -> c.data().source().equals(DemoReturneeCounts.SOURCE))
                .hasSize(68)
                .extracting(c -> c.data().periodLabel())
                .containsOnly("Demo round 1", "Demo round 2");
    }

    @Test
    @WithUserDetails("staff")
    void demo_communities_cover_the_prefectures_each_with_two_or_three_profiles_and_say_they_are_invented() {
        List<Community> demo = communities.list(CommunityFilter.ALL, CommunitySort.AREA, 0, 500).stream()
                .filter(c -> DemoCommunities.MARK.equals(c.data().description()))
                .toList();

        assertThat(demo).hasSizeBetween(40, 80);
        assertThat(demo.stream().map(c -> c.data().area()).distinct()).hasSize(34);
        assertThat(demo).allSatisfy(c -> {
            assertThat(profiles.history(c.id())).hasSizeBetween(2, 3);
            assertThat(c.current()).isNotNull();
            assertThat(c.data().location()).isNotNull();
        });
    }

    @Autowired
    DemoData demo;

    @Autowired
    org.reintegration.portal.selection.voting.VotingService voting;

    @Autowired
    org.reintegration.portal.project.ProjectService projects;

    @Test
    @WithUserDetails("staff")
    void the_voting_and_results_rounds_have_ballots_and_what_was_selected_became_projects() {
        var rounds = demo.demoRoundsByPhase();
        long votingRound = rounds.get(org.reintegration.portal.selection.round.Phase.VOTING);
        long resultsRound = rounds.get(org.reintegration.portal.selection.round.Phase.RESULTS);

        assertThat(voting.ballotCounts(votingRound).total()).isPositive();
        assertThat(voting.ballotCounts(resultsRound).total()).isPositive();
        assertThat(projects.list(
                        new org.reintegration.portal.project.ProjectFilter(
                                null, null, null, null, null, resultsRound, null),
                        0,
                        50))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.initiativeId()).isNotNull())
                .allSatisfy(p -> assertThat(p.data().progressPercent()).isEqualTo(33));
    }
}
