package org.reintegration.portal.selection.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.initiative.Samples;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class RoundServiceTest {

    @Autowired
    RoundService rounds;

    @Autowired
    PublicRoundService publicView;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    RoundSamples samples;

    @Autowired
    CastBallots ballots;

    @Test
    @WithUserDetails("staff")
    void a_new_round_starts_in_proposals_and_its_creation_is_logged() {
        long community = samples.communityIn("GN004", 0);
        long id = rounds.create(samples.data(community, BallotRules.approval(1, 3)));

        SelectionRound round = rounds.get(id);
        assertThat(round.phase()).isEqualTo(Phase.PROPOSALS);
        assertThat(round.createdBy()).isEqualTo("staff");
        assertThat(round.communities()).extracting(CommunityRef::id).containsExactly(community);
        assertThat(rounds.changes(id)).singleElement().satisfies(change -> {
            assertThat(change.changedBy()).isEqualTo("staff");
            assertThat(change.what())
                    .startsWith("Round created: \"Test round\"")
                    .contains("mes_add1u_greedy");
        });
    }

    @Test
    @WithUserDetails("staff")
    void the_ballot_takes_feasible_initiatives_in_order_with_their_validated_cost() {
        long community = samples.communityIn("GN004", 0);
        long water = samples.feasible(Samples.waterPoint(community), new BigDecimal("40000000"));
        long soap = samples.feasible(Samples.groupBusiness(community), null);
        long round = samples.round(community, BallotRules.approval(1, 2));

        rounds.setBallot(round, List.of(soap, water));

        RoundBallot ballot = rounds.ballot(round);
        assertThat(ballot.items()).extracting(BallotItem::initiativeId).containsExactly(soap, water);
        assertThat(ballot.items()).extracting(BallotItem::position).containsExactly(1, 2);
        assertThat(ballot.items().get(1).cost()).isEqualByComparingTo("40000000");
        assertThat(ballot.items().get(0).cost()).isEqualByComparingTo("18000000");
        assertThat(ballot.rule()).isEqualTo(RuleName.MES_ADD1U_GREEDY);
        assertThat(ballot.format()).isEqualTo(BallotFormat.APPROVAL);
        assertThat(initiatives.get(water).status()).isEqualTo(InitiativeStatus.ON_BALLOT);

        rounds.setBallot(round, List.of(water));

        assertThat(initiatives.get(soap).status()).isEqualTo(InitiativeStatus.FEASIBLE);
        assertThat(rounds.changes(round).getFirst().what())
                .isEqualTo("Ballot set to Two boreholes near the market. Removed: Soap-making cooperative");
    }

    @Test
    @WithUserDetails("staff")
    void only_feasible_initiatives_of_the_rounds_communities_go_on_the_ballot() {
        long community = samples.communityIn("GN004", 0);
        long other = samples.communityIn("GN004", 1);
        long round = samples.round(community, BallotRules.knapsack());
        long unreviewed = initiatives.proposeOnBehalf(Samples.waterPoint(community), null, "Meeting");
        long elsewhere = samples.feasible(Samples.waterPoint(other), null);

        assertThatThrownBy(() -> rounds.setBallot(round, List.of(unreviewed)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("rounds.error.not-feasible"));
        assertThatThrownBy(() -> rounds.setBallot(round, List.of(elsewhere)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("rounds.error.other-community"));
        assertThat(rounds.ballot(round).items()).isEmpty();
        assertThat(initiatives.get(elsewhere).status()).isEqualTo(InitiativeStatus.FEASIBLE);
    }

    @Test
    @WithUserDetails("staff")
    void voting_opens_only_on_a_ballot_the_rules_can_be_met_on() {
        long community = samples.communityIn("GN004", 0);
        long water = samples.feasible(Samples.waterPoint(community), null);
        long round = samples.round(community, BallotRules.approval(1, 2));
        rounds.moveTo(round, Phase.REVIEW);

        assertThatThrownBy(() -> rounds.moveTo(round, Phase.VOTING))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("rounds.error.empty-ballot"));
        rounds.setBallot(round, List.of(water));
        assertThatThrownBy(() -> rounds.moveTo(round, Phase.VOTING))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("rounds.error.max-above-ballot"));
        assertThat(rounds.get(round).phase()).isEqualTo(Phase.REVIEW);

        RoundData data = rounds.get(round).data();
        rounds.update(round, withRules(data, BallotRules.approval(1, 1)));
        rounds.moveTo(round, Phase.VOTING);

        SelectionRound voting = rounds.get(round);
        assertThat(voting.phase()).isEqualTo(Phase.VOTING);
        assertThat(voting.data().dates().votingFrom()).isNotNull();
        assertThat(rounds.changes(round).getFirst().what()).startsWith("Phase moved to VOTING on ");
    }

    @Test
    @WithUserDetails("staff")
    void phases_move_forward_one_at_a_time_and_back_to_review_only_before_any_vote() {
        long community = samples.communityIn("GN004", 0);
        long water = samples.feasible(Samples.waterPoint(community), null);
        long round = samples.round(community, BallotRules.cumulative(10));

        assertThatThrownBy(() -> rounds.moveTo(round, Phase.VOTING))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("rounds.error.phase-order"));
        rounds.moveTo(round, Phase.REVIEW);
        rounds.setBallot(round, List.of(water));
        rounds.moveTo(round, Phase.VOTING);
        rounds.moveTo(round, Phase.REVIEW);
        assertThat(rounds.get(round).phase()).isEqualTo(Phase.REVIEW);
        rounds.moveTo(round, Phase.VOTING);

        ballots.castOne(round);

        assertThatThrownBy(() -> rounds.moveTo(round, Phase.REVIEW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("rounds.error.votes-cast"));
        assertThatThrownBy(() -> rounds.moveTo(round, Phase.PROPOSALS)).isInstanceOf(InvalidFieldException.class);
        rounds.moveTo(round, Phase.RESULTS);
        assertThat(rounds.get(round).phase()).isEqualTo(Phase.RESULTS);
    }

    @Test
    @WithUserDetails("staff")
    void format_ballot_and_rule_are_frozen_once_the_first_ballot_is_cast() {
        long community = samples.communityIn("GN004", 0);
        long water = samples.feasible(Samples.waterPoint(community), null);
        long soap = samples.feasible(Samples.groupBusiness(community), null);
        long round = samples.round(community, BallotRules.approval(1, 1));
        rounds.moveTo(round, Phase.REVIEW);
        rounds.setBallot(round, List.of(water));
        rounds.moveTo(round, Phase.VOTING);
        ballots.castOne(round);
        int logged = rounds.changes(round).size();
        RoundData data = rounds.get(round).data();

        assertFrozen(() -> rounds.update(round, withRules(data, BallotRules.knapsack())));
        assertFrozen(() -> rounds.setBallot(round, List.of(water, soap)));
        assertFrozen(() -> rounds.update(round, withRule(data, RuleName.GREEDY)));
        assertFrozen(() -> rounds.update(round, withBudget(data, new BigDecimal("5000"))));

        assertThat(rounds.ballot(round).items())
                .extracting(BallotItem::initiativeId)
                .containsExactly(water);
        assertThat(rounds.get(round).data()).isEqualTo(data);
        assertThat(rounds.changes(round)).hasSize(logged);
        assertThat(initiatives.get(soap).status()).isEqualTo(InitiativeStatus.FEASIBLE);

        rounds.update(round, withName(data, "Test round, renamed"));
        assertThat(rounds.changes(round).getFirst().what())
                .isEqualTo("Changed name from Test round to Test round, renamed");
    }

    @Test
    @WithUserDetails("staff")
    void every_rule_change_before_the_vote_is_logged_in_plain_words() {
        long round = samples.round(samples.communityIn("GN004", 0), BallotRules.approval(1, 3));
        RoundData data = rounds.get(round).data();

        rounds.update(round, withRule(withRules(data, BallotRules.cumulative(10)), RuleName.GREEDY));

        assertThat(rounds.changes(round))
                .extracting(RoundChange::what)
                .contains(
                        "Changed ballot rules from approval, 1 to 3 choices to cumulative, 10 points",
                        "Changed outcome rule from mes_add1u_greedy to greedy");
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_reads_the_rounds_of_its_area_only_and_changes_none() {
        long inside = samples.round(samples.communityIn("GN004", 0), BallotRules.knapsack());
        long outside = samples.round(samples.communityIn("GN001", 0), BallotRules.knapsack());

        assertThat(rounds.list(0, 500))
                .extracting(SelectionRound::id)
                .contains(inside)
                .doesNotContain(outside);
        assertThatThrownBy(() -> rounds.get(outside)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.moveTo(inside, Phase.REVIEW)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anyone_reads_a_rounds_public_page_with_its_dates_and_the_ballot_once_voting_opens() {
        long community = samples.communityIn("GN004", 0);
        long peers = samples.feasible(Samples.peerSupport(community), null);
        long round = samples.round(community, BallotRules.approval(1, 1));
        SystemTask.runAsAdministrator(() -> rounds.setBallot(round, List.of(peers)));

        PublicRound draft = publicView.publicRound(round);
        assertThat(draft.dates().proposalsFrom()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(draft.phase()).isEqualTo(Phase.PROPOSALS);
        assertThat(draft.ballot()).as("a draft ballot is not published").isEmpty();
        assertThat(publicView.openRounds()).extracting(PublicRound::id).doesNotContain(round);

        SystemTask.runAsAdministrator(() -> {
            rounds.moveTo(round, Phase.REVIEW);
            rounds.moveTo(round, Phase.VOTING);
        });
        PublicRound shown = publicView.publicRound(round);
        assertThat(publicView.openRounds()).extracting(PublicRound::id).contains(round);
        assertThat(shown.ballot()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Returnee peer-support circle");
            assertThat(item.confidential()).isTrue();
        });
    }

    private static void assertFrozen(org.assertj.core.api.ThrowableAssert.ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                .isEqualTo("rounds.error.frozen"));
    }

    private static RoundData withRules(RoundData d, BallotRules rules) {
        return new RoundData(
                d.name(), d.communityIds(), d.budget(), d.currency(), d.dates(), rules, d.rule(), d.slipLanguage());
    }

    private static RoundData withRule(RoundData d, RuleName rule) {
        return new RoundData(
                d.name(), d.communityIds(), d.budget(), d.currency(), d.dates(), d.rules(), rule, d.slipLanguage());
    }

    private static RoundData withBudget(RoundData d, BigDecimal budget) {
        return new RoundData(
                d.name(), d.communityIds(), budget, d.currency(), d.dates(), d.rules(), d.rule(), d.slipLanguage());
    }

    private static RoundData withName(RoundData d, String name) {
        return new RoundData(
                name, d.communityIds(), d.budget(), d.currency(), d.dates(), d.rules(), d.rule(), d.slipLanguage());
    }
}
