package org.reintegration.portal.selection.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.selection.voting.BallotPaper;
import org.reintegration.portal.selection.voting.BallotRejectedException;
import org.reintegration.portal.selection.voting.BallotSubmission;
import org.reintegration.portal.selection.voting.Channel;
import org.reintegration.portal.selection.voting.VotingService;

/**
 * Facilitators enter the paper ballots collected at a meeting, each with the code written on it. The
 * same rules as online; a refused ballot keeps what was typed so it can be corrected.
 */
@Route("rounds/:roundId/paper-ballots")
@RolesAllowed(Role.STAFF_NAME)
public class PaperBallotsView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final VotingService voting;
    private BallotPaper paper;
    private int entered;

    final TextField code = new TextField();
    final Button record = new Button();
    final Paragraph problem = new Paragraph();
    final Span counter = new Span();
    BallotForm form;

    public PaperBallotsView(VotingService voting) {
        this.voting = voting;
        setMaxWidth("56em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = event.getRouteParameters().getLong("roundId").orElse(-1L);
        paper = voting.findBallotPaper(roundId).orElse(null);
        removeAll();
        if (paper == null) {
            add(new Paragraph(getTranslation("voting.no-round")));
            return;
        }
        add(new com.vaadin.flow.component.html.H2(paper.roundName()));
        if (!paper.isOpen()) {
            add(new Paragraph(getTranslation("voting.error.round-not-open")));
            return;
        }
        add(new Paragraph(getTranslation("paper.intro")));
        code.setLabel(getTranslation("paper.code"));
        code.setId("paper-code");
        code.setMaxLength(40);
        form = new BallotForm(paper, voting);
        record.setText(getTranslation("paper.record"));
        record.setId("record-ballot");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(click -> recordBallot());
        problem.setId("paper-problem");
        problem.setVisible(false);
        counter.setId("paper-count");
        showCount();
        add(code, form, problem, record, counter);
    }

    private void recordBallot() {
        code.setInvalid(false);
        problem.setVisible(false);
        try {
            voting.castBallot(
                    new BallotSubmission(code.getValue(), paper.roundId(), form.choices(), Channel.PAPER, form.voter()),
                    null);
            entered++;
            code.clear();
            form.clear();
            showCount();
            code.focus();
        } catch (BallotRejectedException e) {
            String message = getTranslation(e.reason().messageKey());
            if (e.detailKey() != null) {
                message +=
                        " " + getTranslation(e.detailKey(), e.detailArguments().toArray());
            }
            if (e.reason() == BallotRejectedException.Reason.INVALID_CHOICE) {
                problem.setText(message);
                problem.setVisible(true);
            } else {
                code.setErrorMessage(message);
                code.setInvalid(true);
            }
        }
    }

    private void showCount() {
        counter.setText(getTranslation(
                "paper.count", entered, voting.ballotCounts(paper.roundId()).paper()));
    }

    @Override
    public String pageHeading() {
        return getTranslation("paper.title");
    }
}
