package org.reintegration.portal.selection.voting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.RoundFixture;
import org.reintegration.portal.selection.voting.VoterGroup;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The public voting page without an account, for each ballot format. */
@PortalTest
@Transactional
class VoteViewTest extends SpringBrowserlessTest {

    @Autowired
    VotingService voting;

    @Autowired
    DSLContext db;

    RoundFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new RoundFixture(db);
    }

    @Test
    void a_community_member_votes_on_an_approval_ballot_and_sees_the_vote_counted() {
        var round = fixture.round("Approval", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500, 300);
        String code = code(round.id());
        VoteView view = navigate(VoteView.class, Map.of("roundId", Long.toString(round.id())));

        test(view.codeField).setValue(code.replace("-", " ").toLowerCase(Locale.ROOT));
        test(view.open).click();
        test(view.form.ticks.get(round.initiative(1))).click();
        test(view.form.ticks.get(round.initiative(3))).click();
        assertThat(view.form.status.getText()).isEqualTo("Chosen: 2 of at most 2");
        view.form.group.setValue(VoterGroup.RETURNEE);
        test(find(Button.class).withId("review").single()).click();

        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .containsExactly("\u2068Approval initiative 1\u2069", "\u2068Approval initiative 3\u2069");
        test(find(Button.class).withId("cast-ballot").single()).click();

        assertThat(find(Div.class).withId("vote-counted").all()).hasSize(1);
        assertThat(ballots(round.id())).isEqualTo(1);
    }

    @Test
    void a_knapsack_ballot_shows_the_total_live_and_cannot_go_over_the_budget() {
        var round = fixture.round("Knapsack", Phase.VOTING, BallotFormat.KNAPSACK, 1000, 600, 500, 300);
        VoteView view = navigate(VoteView.class, Map.of("roundId", Long.toString(round.id())));
        test(view.codeField).setValue(code(round.id()));
        test(view.open).click();

        test(view.form.ticks.get(round.initiative(1))).click();
        test(view.form.ticks.get(round.initiative(2))).click();
        assertThat(view.form.status.getText()).isEqualTo("Chosen: 1,100 GNF of 1,000 GNF (-100 GNF left)");
        test(find(Button.class).withId("review").single()).click();
        assertThat(view.problem.getText()).isEqualTo("Together they cost more than the budget of 1,000 GNF.");

        test(view.form.ticks.get(round.initiative(2))).click();
        test(view.form.ticks.get(round.initiative(3))).click();
        test(find(Button.class).withId("review").single()).click();
        test(find(Button.class).withId("cast-ballot").single()).click();

        assertThat(find(Div.class).withId("vote-counted").all()).hasSize(1);
        assertThat(ballots(round.id())).isEqualTo(1);
    }

    @Test
    void a_cumulative_ballot_distributes_the_round_s_points() {
        var round = fixture.round("Points", Phase.VOTING, BallotFormat.CUMULATIVE, 1000, 600, 500);
        VoteView view = navigate(VoteView.class, Map.of("roundId", Long.toString(round.id())));
        test(view.codeField).setValue(code(round.id()));
        test(view.open).click();

        test(view.form.points.get(round.initiative(1))).setValue(7);
        test(view.form.points.get(round.initiative(2))).setValue(3);
        assertThat(view.form.status.getText()).isEqualTo("Points given: 10 of 10");
        test(find(Button.class).withId("review").single()).click();
        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .containsExactly(
                        "\u2068Points initiative 1\u2069 — 7 points", "\u2068Points initiative 2\u2069 — 3 points");
        test(find(Button.class).withId("cast-ballot").single()).click();

        assertThat(find(Div.class).withId("vote-counted").all()).hasSize(1);
    }

    @Test
    void a_wrong_or_used_code_is_shown_next_to_the_field() {
        var round = fixture.round("Wrong", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400);
        VoteView view = navigate(VoteView.class, Map.of("roundId", Long.toString(round.id())));

        test(view.codeField).setValue("ABCD-EFGH-JKLM");
        test(view.open).click();

        assertThat(view.codeField.isInvalid()).isTrue();
        assertThat(view.codeField.getErrorMessage()).isEqualTo("This code is not valid. Check it against your slip.");
        assertThat(view.form).isNull();
    }

    @Test
    void the_code_from_a_slip_s_qr_code_is_filled_in_and_the_code_finds_its_round() {
        var round = fixture.round("From a slip", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400);
        String code = code(round.id());

        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("vote", com.vaadin.flow.router.QueryParameters.of("code", code));
        VoteView view = (VoteView) getCurrentView();
        assertThat(view.codeField.getValue()).isEqualTo(code);
        test(view.open).click();

        assertThat(view.form).isNotNull();
        assertThat(view.form.ticks).containsOnlyKeys(round.initiative(1));
    }

    private String code(long roundId) {
        AtomicReference<List<String>> codes = new AtomicReference<>();
        SystemTask.runAsAdministrator(() -> codes.set(
                voting.generateCodes(roundId, 1, Locale.ENGLISH, false, "x").codes()));
        return codes.get().getFirst();
    }

    private int ballots(long roundId) {
        AtomicReference<Integer> count = new AtomicReference<>();
        SystemTask.runAsAdministrator(
                () -> count.set(voting.ballotCounts(roundId).total()));
        return count.get();
    }
}
