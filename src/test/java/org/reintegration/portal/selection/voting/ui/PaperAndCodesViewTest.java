package org.reintegration.portal.selection.voting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.RoundFixture;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Staff screens: drawing codes and entering paper ballots. */
@PortalTest
@Transactional
@WithUserDetails("staff")
class PaperAndCodesViewTest extends SpringBrowserlessTest {

    @Autowired
    VotingService voting;

    @Autowired
    DSLContext db;

    @Test
    void staff_draw_a_batch_and_get_the_sheet_to_download_once() {
        var round = new RoundFixture(db).round("Codes", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400);
        CodeBatchesView view = navigate(CodeBatchesView.class, Map.of("roundId", Long.toString(round.id())));

        test(view.count).setValue(6);
        test(view.generate).click();

        assertThat(find(Anchor.class).withId("download-codes").single().getText())
                .isEqualTo("Download 6 slips (batch 1, PDF)");
        assertThat(view.summary.getText()).isEqualTo("6 codes printed in 1 batches; 0 used.");
        view.count.setValue(0);
        test(view.generate).click();
        assertThat(view.count.isInvalid()).isTrue();
        assertThat(voting.codeCounts(round.id()).issued()).isEqualTo(6);
    }

    @Test
    void a_facilitator_enters_paper_ballots_with_their_codes() {
        var round = new RoundFixture(db).round("Paper", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500);
        var codes = voting.generateCodes(round.id(), 2, java.util.Locale.FRENCH, false, "x")
                .codes();
        PaperBallotsView view = navigate(PaperBallotsView.class, Map.of("roundId", Long.toString(round.id())));

        test(view.code).setValue(codes.get(0));
        test(view.form.ticks.get(round.initiative(1))).click();
        test(view.record).click();
        assertThat(view.counter.getText()).isEqualTo("Entered now: 1. Paper ballots in this round: 1.");
        assertThat(view.code.getValue()).isEmpty();

        test(view.code).setValue(codes.get(0));
        test(view.form.ticks.get(round.initiative(2))).click();
        test(view.record).click();
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).isEqualTo("This code has already been used.");

        test(view.code).setValue(codes.get(1));
        test(view.form.ticks.get(round.initiative(1))).click();
        test(view.record).click();
        assertThat(voting.ballotCounts(round.id()).paper()).isEqualTo(2);
    }
}
