package org.reintegration.portal.selection.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.interop.pabulib.PabulibReader;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.SmallCounts;
import org.reintegration.portal.selection.outcome.Election;
import org.reintegration.portal.selection.outcome.OutcomeRule;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.BallotRules;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.RoundSamples;
import org.reintegration.portal.selection.round.RoundService;
import org.reintegration.portal.selection.voting.BallotChoices;
import org.reintegration.portal.selection.voting.BallotSubmission;
import org.reintegration.portal.selection.voting.Channel;
import org.reintegration.portal.selection.voting.RoundFixture;
import org.reintegration.portal.selection.voting.VoterGroup;
import org.reintegration.portal.selection.voting.VoterProfile;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("staff")
class ResultServiceTest {

    @Autowired
    VotingService voting;

    @Autowired
    ResultService results;

    @Autowired
    DSLContext db;

    @Autowired
    ProjectService projects;

    @Autowired
    RoundService rounds;

    @Autowired
    RoundSamples samples;

    RoundFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new RoundFixture(db);
    }

    /**
     * Budget 1000; costs 600, 500, 300. Six returnees choose 1 and 3, four residents choose 2 and 3:
     * support 6, 4, 10. Greedy takes 3 (300), then 1 (600, 700 left), then 2 does not fit (100 left).
     */
    private RoundFixture.Round votedRound(BallotFormat format) {
        var round = fixture.round("Results", Phase.VOTING, format, 1000, 600, 500, 300);
        List<String> codes =
                voting.generateCodes(round.id(), 10, Locale.FRENCH, false, "x").codes();
        for (int i = 0; i < 10; i++) {
            boolean returnee = i < 6;
            List<Long> chosen = returnee
                    ? List.of(round.initiative(1), round.initiative(3))
                    : List.of(round.initiative(2), round.initiative(3));
            voting.castBallot(
                    new BallotSubmission(
                            codes.get(i),
                            round.id(),
                            BallotChoices.ticking(chosen),
                            i % 5 == 0 ? Channel.PAPER : Channel.ONLINE,
                            new VoterProfile(returnee ? VoterGroup.RETURNEE : VoterGroup.RESIDENT, null, null)),
                    null);
        }
        fixture.setPhase(round.id(), Phase.RESULTS);
        return round;
    }

    @Test
    void greedy_results_say_what_was_selected_and_why() {
        var round = votedRound(BallotFormat.KNAPSACK);

        RoundResults computed = results.computeResults(round.id());

        assertThat(computed.selected())
                .extracting(InitiativeResult::initiativeId)
                .containsExactly(round.initiative(3), round.initiative(1));
        assertThat(computed.totalCost()).isEqualByComparingTo("900");
        assertThat(computed.budgetLeft()).isEqualByComparingTo("100");
        InitiativeResult second = computed.initiatives().stream()
                .filter(r -> r.initiativeId() == round.initiative(2))
                .findFirst()
                .orElseThrow();
        assertThat(second.support()).isEqualTo(4);
        assertThat(second.why())
                .isEqualTo(new ResultExplanation("greedy.did-not-fit", List.of("4", "votes", "500", "100")));
        assertThat(fixture.initiativeStatus(round.initiative(1))).isEqualTo("SELECTED");
        assertThat(fixture.initiativeStatus(round.initiative(2))).isEqualTo("NOT_SELECTED");
        assertThat(results.results(round.id()).orElseThrow()).isEqualTo(computed);
    }

    @Test
    void equal_shares_results_explain_with_the_supporters_shares_and_can_be_recomputed() {
        var round = votedRound(BallotFormat.APPROVAL);
        fixture.setOutcomeRule(round.id(), "mes");

        RoundResults first = results.computeResults(round.id());
        RoundResults again = results.computeResults(round.id());

        assertThat(again).isEqualTo(first);
        assertThat(first.initiatives())
                .allSatisfy(r -> assertThat(r.why().kind()).startsWith("mes."));
        // each voter holds 100: the four residents hold 400 < 500, so project 2 is unaffordable
        InitiativeResult second = first.initiatives().stream()
                .filter(r -> r.initiativeId() == round.initiative(2))
                .findFirst()
                .orElseThrow();
        assertThat(second.selected()).isFalse();
        assertThat(second.why().kind()).isEqualTo("mes.UNAFFORDABLE");
    }

    @Test
    void recomputing_results_leaves_an_initiative_made_a_project_a_project() {
        var round = votedRound(BallotFormat.KNAPSACK);
        results.computeResults(round.id());
        completeDetails(round.initiative(1));
        projects.createFromInitiative(round.initiative(1), round.id());

        results.computeResults(round.id());

        assertThat(fixture.initiativeStatus(round.initiative(1))).isEqualTo("PROJECT");
        assertThat(fixture.initiativeStatus(round.initiative(3))).isEqualTo("SELECTED");
        assertThat(results.results(round.id()).orElseThrow().selected())
                .extracting(InitiativeResult::initiativeId)
                .containsExactly(round.initiative(3), round.initiative(1));
    }

    @Test
    void recomputing_results_leaves_an_initiative_standing_on_a_later_rounds_ballot_on_that_ballot() {
        var round = votedRound(BallotFormat.KNAPSACK);
        results.computeResults(round.id());
        long notSelected = round.initiative(2);
        completeDetails(notSelected);
        long community = db.select(org.reintegration.portal.base.jooq.Tables.INITIATIVE.COMMUNITY_ID)
                .from(org.reintegration.portal.base.jooq.Tables.INITIATIVE)
                .where(org.reintegration.portal.base.jooq.Tables.INITIATIVE.ID.eq(notSelected))
                .fetchOne(0, Long.class);
        long later = rounds.create(samples.data(community, BallotRules.knapsack()));
        rounds.moveTo(later, Phase.REVIEW);
        rounds.setBallot(later, List.of(notSelected));

        results.computeResults(round.id());

        assertThat(fixture.initiativeStatus(notSelected)).isEqualTo("ON_BALLOT");
        assertThat(rounds.ballot(later).items())
                .extracting(i -> i.initiativeId())
                .containsExactly(notSelected);
    }

    /** The fixture's initiatives skip their type's fields; the services that read them whole need them. */
    private void completeDetails(long initiativeId) {
        db.update(org.reintegration.portal.base.jooq.Tables.INITIATIVE)
                .set(
                        org.reintegration.portal.base.jooq.Tables.INITIATIVE.TYPE_DETAILS,
                        "{\"works\":\"Road repair\",\"land_secured\":true}")
                .where(org.reintegration.portal.base.jooq.Tables.INITIATIVE.ID.eq(initiativeId))
                .execute();
    }

    @Test
    void results_are_computed_only_in_the_results_phase_and_hidden_from_the_public_until_then() {
        var round = fixture.round("Early", Phase.VOTING, BallotFormat.APPROVAL, 1000, 600);

        assertThatThrownBy(() -> results.computeResults(round.id()))
                .isInstanceOf(InvalidFieldException.class)
                .hasFieldOrPropertyWithValue("messageKey", "results.error.phase");
        assertThat(results.results(round.id())).isEmpty();
    }

    @Test
    void participation_counts_ballots_by_channel_and_group_and_support_by_group() {
        var round = votedRound(BallotFormat.APPROVAL);
        results.computeResults(round.id());

        Participation staffView = results.participation(round.id()).orElseThrow();

        assertThat(staffView.ballots()).isEqualTo(10);
        assertThat(staffView.byChannel()).containsEntry("PAPER", 2).containsEntry("ONLINE", 8);
        assertThat(staffView.byGroup()).containsEntry("RETURNEE", 6).containsEntry("RESIDENT", 4);
        assertThat(staffView.supportByGroup().get(round.initiative(3)))
                .containsEntry("RETURNEE", 6)
                .containsEntry("RESIDENT", 4);
    }

    @Test
    @WithAnonymousUser
    void the_public_sees_small_counts_as_fewer_than_five() {
        RoundFixture.Round[] round = new RoundFixture.Round[1];
        org.reintegration.portal.security.SystemTask.runAsAdministrator(() -> {
            round[0] = votedRound(BallotFormat.APPROVAL);
            results.computeResults(round[0].id());
        });

        Participation publicView = results.participation(round[0].id()).orElseThrow();

        assertThat(publicView.byChannel()).containsEntry("PAPER", SmallCounts.FEWER_THAN_FIVE);
        assertThat(publicView.byGroup()).containsEntry("RESIDENT", SmallCounts.FEWER_THAN_FIVE);
        assertThat(results.results(round[0].id())).isPresent();
    }

    @Test
    @WithAnonymousUser
    void the_public_cannot_work_out_a_hidden_count_from_the_ballots_and_the_other_parts() {
        Participation[] staffView = new Participation[1];
        RoundFixture.Round[] round = new RoundFixture.Round[1];
        RoundResults[] computed = new RoundResults[1];
        org.reintegration.portal.security.SystemTask.runAsAdministrator(() -> {
            round[0] = votedRound(BallotFormat.APPROVAL);
            computed[0] = results.computeResults(round[0].id());
            staffView[0] = results.participation(round[0].id()).orElseThrow();
        });

        Participation publicView = results.participation(round[0].id()).orElseThrow();

        Participation real = staffView[0];
        List<java.util.function.Function<Participation, Map<String, Integer>>> splits = List.of(
                Participation::byChannel, Participation::byGroup, Participation::bySex, Participation::byAgeBand);
        for (var split : splits) {
            List<String> keys = List.copyOf(split.apply(real).keySet());
            assertThat(org.reintegration.portal.security.SubtractionAttack.recovered(
                            real.ballots(),
                            publicView.ballots(),
                            keys.stream().map(k -> split.apply(real).get(k)).toList(),
                            keys.stream()
                                    .map(k -> split.apply(publicView).get(k))
                                    .toList()))
                    .as("hidden cells of %s worked out from the ballots counted", split.apply(publicView))
                    .isEmpty();
        }
        for (InitiativeResult initiative : computed[0].initiatives()) {
            Map<String, Integer> realSplit = real.supportByGroup().get(initiative.initiativeId());
            Map<String, Integer> shownSplit = publicView.supportByGroup().get(initiative.initiativeId());
            List<String> keys = List.copyOf(realSplit.keySet());
            assertThat(org.reintegration.portal.security.SubtractionAttack.recovered(
                            initiative.support(),
                            initiative.support(),
                            keys.stream().map(realSplit::get).toList(),
                            keys.stream().map(shownSplit::get).toList()))
                    .as("support by group %s worked out from the support %s", shownSplit, initiative.support())
                    .isEmpty();
        }
    }

    @Test
    void the_pabulib_export_reads_back_to_the_same_outcome_with_voter_columns_and_no_codes() throws Exception {
        var round = votedRound(BallotFormat.APPROVAL);
        RoundResults computed = results.computeResults(round.id());
        StringWriter file = new StringWriter();

        var export = results.roundForExport(round.id(), true);
        org.reintegration.portal.interop.pabulib.PabulibWriter.write(
                export.election(), export.voterColumns(), export.voterValues(), export.comment(), file);

        String text = file.toString();
        assertThat(export.fileName()).contains("full-not-for-sharing");
        assertThat(text).contains("comment;full voter attributes, not for sharing");
        assertThat(text).contains("voter_id;vote;voter_group;sex;age_band;voting_method");
        assertThat(text).contains(";returnee;", ";resident;", ";paper");
        Election election = PabulibReader.read(new StringReader(text));
        assertThat(election.voterCount()).isEqualTo(10);
        assertThat(election.budget()).isEqualByComparingTo(BigDecimal.valueOf(1000));
        var outcome = OutcomeRule.named("greedy").orElseThrow().apply(election);
        assertThat(outcome.selected())
                .containsExactlyElementsOf(computed.selected().stream()
                        .map(r -> Long.toString(r.initiativeId()))
                        .toList());
    }

    @Test
    void the_shareable_pabulib_export_of_a_small_round_blanks_every_combination_fewer_than_five_voters_share()
            throws Exception {
        var round = votedRound(BallotFormat.APPROVAL);
        RoundResults computed = results.computeResults(round.id());
        var again = results.roundForExport(round.id(), false);
        var shareable = results.roundForExport(round.id(), false);
        StringWriter file = new StringWriter();
        org.reintegration.portal.interop.pabulib.PabulibWriter.write(
                shareable.election(), shareable.voterColumns(), shareable.voterValues(), shareable.comment(), file);

        // 10 voters: 6 returnees and 4 residents, 2 on paper; a resident on paper would be 1 of fewer than 5.
        Map<List<String>, Long> combinations = shareable.voterValues().stream()
                .collect(java.util.stream.Collectors.groupingBy(v -> v, java.util.stream.Collectors.counting()));
        assertThat(combinations.entrySet()).allSatisfy(c -> assertThat(
                        c.getValue() >= 5 || c.getKey().stream().allMatch(String::isEmpty))
                .as("combination %s shared by %s voters", c.getKey(), c.getValue())
                .isTrue());
        assertThat(shareable.fileName()).doesNotContain("full");
        assertThat(file.toString()).doesNotContain("not for sharing").doesNotContain(";resident;");
        Election election = PabulibReader.read(new StringReader(file.toString()));
        assertThat(OutcomeRule.named("greedy").orElseThrow().apply(election).selected())
                .containsExactlyElementsOf(computed.selected().stream()
                        .map(r -> Long.toString(r.initiativeId()))
                        .toList());
        assertThat(again.voterValues()).as("the same rows every time").isEqualTo(shareable.voterValues());
    }
}
