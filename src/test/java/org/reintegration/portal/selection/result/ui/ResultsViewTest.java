package org.reintegration.portal.selection.result.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.BallotChoices;
import org.reintegration.portal.selection.voting.BallotSubmission;
import org.reintegration.portal.selection.voting.Channel;
import org.reintegration.portal.selection.voting.RoundFixture;
import org.reintegration.portal.selection.voting.VoterGroup;
import org.reintegration.portal.selection.voting.VoterProfile;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class ResultsViewTest extends SpringBrowserlessTest {

    @Autowired
    VotingService voting;

    @Autowired
    DSLContext db;

    RoundFixture fixture;

    /** Budget 1000, costs 600 / 500 / 300; six returnees choose 1 and 3, three residents 2 and 3. */
    private RoundFixture.Round votedRound() {
        fixture = new RoundFixture(db);
        var round = fixture.round("Shown", Phase.VOTING, BallotFormat.APPROVAL, 1000, 600, 500, 300);
        SystemTask.runAsAdministrator(() -> {
            List<String> codes = voting.generateCodes(round.id(), 9, Locale.ENGLISH, false, "x")
                    .codes();
            for (int i = 0; i < 9; i++) {
                boolean returnee = i < 6;
                voting.castBallot(
                        new BallotSubmission(
                                codes.get(i),
                                round.id(),
                                BallotChoices.ticking(
                                        returnee
                                                ? List.of(round.initiative(1), round.initiative(3))
                                                : List.of(round.initiative(2), round.initiative(3))),
                                Channel.ONLINE,
                                new VoterProfile(returnee ? VoterGroup.RETURNEE : VoterGroup.RESIDENT, null, null)),
                        null);
            }
        });
        fixture.setPhase(round.id(), Phase.RESULTS);
        return round;
    }

    @Test
    @WithUserDetails("staff")
    void staff_compute_the_results_and_see_every_initiative_explained() {
        var round = votedRound();
        RoundResultsView view = navigate(RoundResultsView.class, Map.of("roundId", Long.toString(round.id())));

        test(view.compute).click();

        assertThat(view.message.getText()).isEqualTo("Results computed; the public page shows them.");
        assertThat(find(Paragraph.class).withId("results-summary").single().getText())
                .isEqualTo(
                        "2 of 3 initiatives selected, costing 900 GNF together; 100 GNF of the budget of 1,000 GNF is left.");
        Div notSelected =
                find(Div.class).withId("result-" + round.initiative(2)).single();
        assertThat(notSelected.getElement().getTextRecursively())
                .contains(
                        "Not selected: with 3 votes, when its turn came only 100 GNF was left, less than its cost of 500 GNF.");
        // staff see the small count of residents
        assertThat(find(NativeTableCell.class).all())
                .extracting(NativeTableCell::getText)
                .contains("3");
    }

    @Autowired
    org.reintegration.portal.selection.result.ResultService results;

    private void computeAs(long roundId) {
        results.computeResults(roundId);
    }
}
