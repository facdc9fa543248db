package org.reintegration.portal.selection.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.selection.voting.BallotPaper;
import org.reintegration.portal.selection.voting.BallotRejectedException;
import org.reintegration.portal.selection.voting.BallotSubmission;
import org.reintegration.portal.selection.voting.Channel;
import org.reintegration.portal.selection.voting.VotingService;

/**
 * The public voting page: enter the code from the slip, choose, review, submit. No account; light
 * enough for a phone. A code in the address ({@code ?code=}, from the slip's QR code) is filled in.
 */
@Route("vote/:roundId?")
@AnonymousAllowed
public class VoteView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final VotingService voting;
    private Long roundId;
    private BallotPaper paper;
    private String code;
    BallotForm form;

    final TextField codeField = new TextField();
    final Button open = new Button();
    final Paragraph problem = new Paragraph();

    public VoteView(VotingService voting) {
        this.voting = voting;
        addClassName("vote-view");
        setMaxWidth("48em");
        problem.setId("vote-problem");
        problem.addClassName("vote-problem");
        problem.setVisible(false);
        open.addClickListener(click -> openBallot());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = event.getRouteParameters()
                .get("roundId")
                .flatMap(VoteView::number)
                .orElse(null);
        String fromSlip = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("code")
                .orElse("");
        showCodeStep(fromSlip);
    }

    private void showCodeStep(String prefilled) {
        removeAll();
        add(new H1(getTranslation("vote.heading")), new Paragraph(getTranslation("vote.intro")));
        codeField.setLabel(getTranslation("vote.code"));
        codeField.setPlaceholder("K7QM-4HXT-9WPA");
        codeField.setHelperText(getTranslation("vote.code.help"));
        codeField.setId("code");
        codeField.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        codeField.setMaxLength(40);
        codeField.setValue(prefilled);
        codeField.setWidthFull();
        open.setText(getTranslation("vote.open"));
        open.setId("open-ballot");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(codeField, open, problem, new Paragraph(getTranslation("vote.secret")));
    }

    private void openBallot() {
        codeField.setInvalid(false);
        try {
            paper = voting.openBallot(codeField.getValue(), roundId, origin());
            code = codeField.getValue();
            showChoiceStep();
        } catch (BallotRejectedException e) {
            codeField.setErrorMessage(getTranslation(e.reason().messageKey()));
            codeField.setInvalid(true);
        }
    }

    private void showChoiceStep() {
        removeAll();
        problem.setVisible(false);
        form = new BallotForm(paper, voting);
        add(new H1(paper.roundName()), form, problem, reviewButton());
    }

    private void showReviewStep() {
        String broken = form.problem();
        if (broken != null) {
            showProblem(broken);
            return;
        }
        problem.setVisible(false);
        removeAll();
        UnorderedList chosen = new UnorderedList();
        form.describeChoices().forEach(line -> chosen.add(new ListItem(line)));
        chosen.setId("review-choices");
        Button back = new Button(getTranslation("vote.back"), click -> {
            removeAll();
            add(new H1(paper.roundName()), form, problem, reviewButton());
        });
        back.setId("back");
        Button cast = new Button(getTranslation("vote.cast"), VaadinIcon.CHECK.create(), click -> cast());
        cast.setId("cast-ballot");
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        add(
                new H1(paper.roundName()),
                new H2(getTranslation("vote.review.heading")),
                chosen,
                problem,
                new HorizontalLayout(back, cast));
    }

    private Button reviewButton() {
        Button review = new Button(getTranslation("vote.review"), click -> showReviewStep());
        review.setId("review");
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return review;
    }

    private void cast() {
        try {
            voting.castBallot(
                    new BallotSubmission(code, paper.roundId(), form.choices(), Channel.ONLINE, form.voter()),
                    origin());
            code = null;
            removeAll();
            Div done = new Div(
                    VaadinIcon.CHECK_CIRCLE.create(),
                    new H2(getTranslation("vote.counted")),
                    new Paragraph(getTranslation("vote.counted.details")));
            done.setId("vote-counted");
            done.addClassName("vote-counted");
            add(new H1(paper.roundName()), done);
        } catch (BallotRejectedException e) {
            String message = getTranslation(e.reason().messageKey());
            if (e.detailKey() != null) {
                message +=
                        " " + getTranslation(e.detailKey(), e.detailArguments().toArray());
            }
            showProblem(message);
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    /** Wrong codes are limited per address. */
    private static String origin() {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null || session.getBrowser() == null
                ? null
                : session.getBrowser().getAddress();
        return "ip:" + (address == null ? "unknown" : address);
    }

    private static java.util.Optional<Long> number(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String pageHeading() {
        return getTranslation("vote.title");
    }
}
