package org.reintegration.portal.selection.round.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.initiative.CommunityChoice;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.initiative.Samples;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.BallotRules;
import org.reintegration.portal.selection.round.CastBallots;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.RoundSamples;
import org.reintegration.portal.selection.round.RoundService;
import org.reintegration.portal.selection.round.RuleName;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("staff")
class RoundDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    RoundService rounds;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    RoundSamples samples;

    @Autowired
    CastBallots ballots;

    @Test
    void staff_create_a_round_with_its_rules_and_errors_show_next_to_fields() {
        navigate(RoundListView.class);
        test(find(Button.class).withId("new-round").single()).click();
        RoundDialog dialog = find(RoundDialog.class).single();

        test(dialog.save).click();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Give the round a name.");
        assertThat(dialog.communities.isInvalid()).isTrue();
        assertThat(dialog.budget.isInvalid()).isTrue();

        long community = samples.communityIn("GN004", 0);
        test(dialog.name).setValue("Kankan 2026 (test)");
        dialog.communities.setValue(Set.of(new CommunityChoice(community, "", null)));
        dialog.budget.setValue(new BigDecimal("150000000"));
        dialog.format.setValue(BallotFormat.APPROVAL);
        dialog.minChoices.setValue(3);
        dialog.maxChoices.setValue(2);
        test(dialog.save).click();
        assertThat(dialog.maxChoices.getErrorMessage()).isEqualTo("The most choices cannot be fewer than the fewest.");

        dialog.maxChoices.setValue(3);
        dialog.rule.setValue(RuleName.GREEDY);
        test(dialog.save).click();

        RoundDetailView view = (RoundDetailView) getCurrentView();
        assertThat(rounds.get(view.roundId).name()).isEqualTo("Kankan 2026 (test)");
        assertThat(rounds.get(view.roundId).data().rule()).isEqualTo(RuleName.GREEDY);
        assertThat(rounds.get(view.roundId).phase()).isEqualTo(Phase.PROPOSALS);
    }

    @Test
    void staff_move_the_round_through_its_phases_and_voting_waits_for_a_ballot() {
        long community = samples.communityIn("GN004", 0);
        long water = samples.feasible(Samples.waterPoint(community), null);
        long round = samples.round(community, BallotRules.approval(1, 1));
        RoundDetailView view = navigate(RoundDetailView.class, Map.of("roundId", String.valueOf(round)));

        test(find(Button.class).withId("next-phase").single()).click();
        assertThat(rounds.get(round).phase())
                .as("nothing moves before the confirmation")
                .isEqualTo(Phase.PROPOSALS);
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(rounds.get(round).phase()).isEqualTo(Phase.REVIEW);
        moveOn();
        assertThat(rounds.get(round).phase())
                .as("an empty ballot keeps the vote closed")
                .isEqualTo(Phase.REVIEW);
        assertThat(find(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("Put initiatives on the ballot before voting opens.");

        test(find(Button.class).withId("edit-ballot").single()).click();
        BallotDialog ballot = find(BallotDialog.class).single();
        ballot.candidate.setValue(ballot.candidate
                .getListDataView()
                .getItems()
                .filter(i -> i.id() == water)
                .findFirst()
                .orElseThrow());
        test(ballot.add).click();
        test(ballot.save).click();
        assertThat(initiatives.get(water).status()).isEqualTo(InitiativeStatus.ON_BALLOT);

        test(find(Button.class).withId("next-phase").single()).click();
        ConfirmDialog asked = find(ConfirmDialog.class).single();
        assertThat(test(asked).getHeader()).isEqualTo("Open voting now?");
        assertThat(test(asked).getText()).startsWith("The rules and ballot freeze at the first ballot.");
        test(asked).confirm();
        assertThat(rounds.get(round).phase()).isEqualTo(Phase.VOTING);
        String today = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.ENGLISH)
                .format(java.time.LocalDate.now());
        assertThat(find(com.vaadin.flow.component.html.ListItem.class)
                        .withId("round-phase-voting")
                        .single()
                        .getText())
                .isEqualTo("Voting: from March 1, 2026 (announced); started " + today);
        assertThat(view.changeGrid.getListDataView().getItems())
                .anySatisfy(change -> assertThat(change.what()).startsWith("Phase moved to VOTING"));
    }

    private void moveOn() {
        test(find(Button.class).withId("next-phase").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
    }

    @Test
    void once_a_ballot_is_cast_the_page_says_so_and_the_rules_refuse_to_change() {
        long community = samples.communityIn("GN004", 0);
        long water = samples.feasible(Samples.waterPoint(community), null);
        long round = samples.round(community, BallotRules.approval(1, 1));
        rounds.moveTo(round, Phase.REVIEW);
        rounds.setBallot(round, java.util.List.of(water));
        rounds.moveTo(round, Phase.VOTING);
        ballots.castOne(round);

        navigate(RoundDetailView.class, Map.of("roundId", String.valueOf(round)));

        assertThat(find(Paragraph.class).withId("round-frozen").single().getText())
                .startsWith("Ballots have been cast");
        assertThat(find(Button.class).withId("edit-ballot").all()).isEmpty();
        assertThat(find(Button.class).withId("back-to-review").all()).isEmpty();
        test(find(Button.class).withId("edit-round").single()).click();
        RoundDialog dialog = find(RoundDialog.class).single();
        dialog.format.setValue(BallotFormat.CUMULATIVE);
        dialog.points.setValue(10);
        test(dialog.save).click();

        assertThat(dialog.frozenError.getText())
                .isEqualTo("Ballots have been cast or results are out: this can no longer change.");
        assertThat(rounds.get(round).data().rules().format()).isEqualTo(BallotFormat.APPROVAL);
    }

    @Test
    void a_title_with_a_right_to_left_override_cannot_turn_the_community_and_cost_after_it_backwards() {
        long community = samples.communityIn("GN004", 0);
        var water = Samples.waterPoint(community);
        for (char control : org.reintegration.portal.base.BidiTextTest.CONTROLS) {
            long hostile = samples.feasible(
                    new org.reintegration.portal.initiative.InitiativeData(
                            community,
                            water.type(),
                            "Well " + control + "x",
                            water.description(),
                            water.textLanguage(),
                            water.costEstimate(),
                            water.beneficiaries(),
                            water.returneeBeneficiaries(),
                            water.residentBeneficiaries(),
                            water.location(),
                            false,
                            water.details()),
                    null);
            long round = samples.round(community, BallotRules.approval(1, 1));
            rounds.moveTo(round, Phase.REVIEW);
            navigate(RoundDetailView.class, Map.of("roundId", String.valueOf(round)));
            test(find(Button.class).withId("edit-ballot").single()).click();
            BallotDialog ballot = find(BallotDialog.class).single();
            var initiative = ballot.candidate
                    .getListDataView()
                    .getItems()
                    .filter(i -> i.id() == hostile)
                    .findFirst()
                    .orElseThrow();

            String label = ballot.candidate.getItemLabelGenerator().apply(initiative);

            String cost = RoundTexts.money(
                    ballot.getUI().orElseThrow().getLocale(), initiative.ballotCost(), initiative.currency());
            assertThat(label)
                    .as("the ballot editor's item for a title holding U+%04X", (int) control)
                    .isEqualTo("\u2068" + org.reintegration.portal.base.BidiText.balanced("Well " + control + "x")
                            + "\u2069 · \u2068" + initiative.communityName() + "\u2069 · " + cost);
            ballot.close();
        }
    }
}
