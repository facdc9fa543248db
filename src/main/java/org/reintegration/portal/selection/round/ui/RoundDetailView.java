package org.reintegration.portal.selection.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.selection.round.BallotItem;
import org.reintegration.portal.selection.round.CommunityRef;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.PhaseDates;
import org.reintegration.portal.selection.round.RoundBallot;
import org.reintegration.portal.selection.round.RoundChange;
import org.reintegration.portal.selection.round.RoundService;
import org.reintegration.portal.selection.round.SelectionRound;

/**
 * One round: its phases with their dates and the move to the next, its rules, its ballot and the
 * log of every change. Staff change them until the first ballot is cast; then the page says they
 * are frozen.
 */
@Route("rounds/:roundId")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class RoundDetailView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final RoundService rounds;
    private final InitiativeService initiatives;
    private final CurrentUser currentUser;
    final Grid<BallotItem> ballotGrid = new Grid<>();
    final Grid<RoundChange> changeGrid = new Grid<>();
    private String heading = "";
    long roundId;

    public RoundDetailView(RoundService rounds, InitiativeService initiatives, CurrentUser currentUser) {
        this.rounds = rounds;
        this.initiatives = initiatives;
        this.currentUser = currentUser;
        setMaxWidth("64em");
        ballotGrid
                .addColumn(BallotItem::position)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        ballotGrid
                .addColumn(BallotItem::title)
                .setHeader(getTranslation("initiatives.title-field"))
                .setFlexGrow(3);
        ballotGrid.addColumn(BallotItem::communityName).setHeader(getTranslation("initiatives.community"));
        ballotGrid
                .addColumn(i -> getTranslation(i.dimension().labelKey()))
                .setHeader(getTranslation("initiatives.dimension"));
        ballotGrid.setAllRowsVisible(true);
        ballotGrid.setId("round-ballot");
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        changeGrid
                .addColumn(c -> times.format(c.changedAt()))
                .setHeader(getTranslation("rounds.changed-at"))
                .setAutoWidth(true);
        changeGrid
                .addColumn(RoundChange::changedBy)
                .setHeader(getTranslation("rounds.changed-by"))
                .setAutoWidth(true);
        RoundChangeText texts = new RoundChangeText(getLocale());
        changeGrid
                .addComponentColumn(c -> {
                    // long entries (a whole ballot) wrap in full, one line per part
                    Span text = new Span(texts.of(c));
                    text.getStyle().set("white-space", "pre-line");
                    return text;
                })
                .setHeader(getTranslation("rounds.change"))
                .setFlexGrow(3);
        changeGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changeGrid.setAllRowsVisible(true);
        changeGrid.setId("round-changes");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            roundId = Long.parseLong(event.getRouteParameters().get("roundId").orElse(""));
            show();
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException();
        }
    }

    void show() {
        SelectionRound round = rounds.get(roundId);
        RoundBallot ballot = rounds.ballot(roundId);
        boolean frozen = rounds.ballotCast(roundId);
        removeAll();
        heading = round.name();
        HorizontalLayout actions = new HorizontalLayout(new Button(
                getTranslation("rounds.back"), VaadinIcon.ARROW_BACKWARD.create(), click -> getUI().ifPresent(
                                ui -> ui.navigate(RoundListView.class))));
        actions.setWrap(true);
        if (currentUser.hasRole(Role.STAFF)) {
            Phase next = round.phase().next();
            if (next != null) {
                Button move = new Button(
                        getTranslation("rounds.move-to", getTranslation(next.labelKey())),
                        VaadinIcon.STEP_FORWARD.create(),
                        click -> confirmMove(next));
                move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                move.setId("next-phase");
                actions.add(move);
            }
            if (round.phase() == Phase.VOTING && !frozen) {
                Button back = new Button(getTranslation("rounds.back-to-review"), click -> confirmMove(Phase.REVIEW));
                back.setId("back-to-review");
                actions.add(back);
            }
            if (round.phase() != Phase.CLOSED) {
                Button edit =
                        new Button(getTranslation("rounds.edit"), VaadinIcon.EDIT.create(), click -> new RoundDialog(
                                        rounds, initiatives, round, id -> show())
                                .open());
                edit.setId("edit-round");
                actions.add(edit);
            }
            if (!frozen && round.phase().ordinal() <= Phase.VOTING.ordinal()) {
                Button editBallot = new Button(
                        getTranslation("ballot.edit"),
                        VaadinIcon.LIST_OL.create(),
                        click -> new BallotDialog(rounds, rounds.ballot(roundId), this::show).open());
                editBallot.setId("edit-ballot");
                actions.add(editBallot);
            }
        }
        Anchor publicPage = new Anchor("public/rounds/" + roundId, getTranslation("rounds.public-page"));
        publicPage.setRouterIgnore(true); // a public page in plain HTML, not a view of this application
        actions.add(publicPage);
        if (currentUser.hasRole(Role.STAFF)) {
            actions.add(new Anchor("rounds/" + roundId + "/codes", getTranslation("rounds.link.codes")));
            actions.add(new Anchor("rounds/" + roundId + "/paper-ballots", getTranslation("rounds.link.paper")));
            actions.add(new Anchor("rounds/" + roundId + "/results", getTranslation("rounds.link.results")));
        }
        add(actions);

        H2 title = new H2(round.name());
        title.setId("round-heading");
        Span phase = new Span(getTranslation(round.phase().labelKey()));
        phase.getElement().getThemeList().add("badge");
        phase.setId("round-phase");
        add(title, phase);
        if (frozen) {
            Paragraph notice = new Paragraph(getTranslation("rounds.frozen"));
            notice.setId("round-frozen");
            add(notice);
        }
        add(line(
                "rounds.communities",
                round.communities().stream().map(CommunityRef::name).collect(Collectors.joining(", "))));
        if (round.phase().ordinal() <= Phase.REVIEW.ordinal()) {
            // While a round is prepared, what earlier projects in its communities taught is one click away.
            Div lessons = new Div(new Span(getTranslation("rounds.lessons") + " "));
            lessons.setId("round-lessons");
            round.communities()
                    .forEach(c ->
                            lessons.add(new Anchor("communities/" + c.id() + "/lessons", c.name()), new Span(" ")));
            add(lessons);
        }
        add(line(
                "rounds.budget",
                RoundTexts.money(
                        getLocale(), round.data().budget(), round.data().currency())));
        add(line(
                "rounds.format",
                getTranslation(round.data().rules().format().labelKey()) + " — "
                        + RoundTexts.rules(
                                getLocale(),
                                round.data().rules(),
                                round.data().budget(),
                                round.data().currency())));
        add(line("rounds.rule", getTranslation(round.data().rule().labelKey())));
        add(new PhaseList(round.phase(), round.data().dates(), round.started(), getLocale()));

        add(new H3(getTranslation("rounds.ballot")));
        if (ballot.items().isEmpty()) {
            add(new Paragraph(getTranslation("rounds.ballot-empty")));
        } else {
            ballotGrid.setItems(ballot.items());
            add(ballotGrid);
        }
        add(new H3(getTranslation("rounds.changes")));
        changeGrid.setItems(rounds.changes(roundId));
        add(changeGrid);
    }

    /**
     * Asks before moving the round, saying what the move does (opening the vote, for one, freezes the rules
     * and ballot at the first ballot), then moves it.
     */
    void confirmMove(Phase target) {
        SelectionRound round = rounds.get(roundId);
        boolean stepBack = target.ordinal() < round.phase().ordinal();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("move-dialog");
        dialog.setHeader(
                getTranslation(stepBack ? "rounds.confirm.back.title" : "rounds.confirm." + target.name() + ".title"));
        String what =
                getTranslation(stepBack ? "rounds.confirm.back.text" : "rounds.confirm." + target.name() + ".text");
        String dates = round.data().dates().of(target) == null
                ? getTranslation("rounds.confirm.dates-none")
                : getTranslation(
                        "rounds.confirm.dates",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(getLocale())
                                .format(round.data().dates().of(target)));
        dialog.setText(what + " " + dates);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("rounds.confirm.cancel"));
        dialog.setConfirmText(getTranslation(stepBack ? "rounds.back-to-review" : "rounds.confirm.move"));
        dialog.addConfirmListener(e -> move(target));
        dialog.open();
    }

    void move(Phase target) {
        try {
            rounds.moveTo(roundId, target);
        } catch (InvalidFieldException e) {
            Notification.show(getTranslation(e.messageKey()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        show();
    }

    private Div line(String key, String value) {
        Span label = new Span(getTranslation("label.colon", getTranslation(key)) + " ");
        label.getStyle().set("font-weight", "600");
        return new Div(label, new Span(value));
    }

    @Override
    public String pageHeading() {
        return heading.isEmpty() ? getTranslation("rounds.title") : heading;
    }

    /**
     * The phases in order with the dates announced for them and, once a phase has started, the day it did:
     * "Voting: 1 March 2026 (announced); started 3 March 2026". The current phase stands out.
     */
    static class PhaseList extends UnorderedList {
        PhaseList(Phase current, PhaseDates announced, PhaseDates started, Locale locale) {
            DateTimeFormatter format =
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            setId("round-phases");
            for (Phase phase : Phase.values()) {
                String text = announced.of(phase) == null
                        ? getTranslation("rounds.dates.none-announced")
                        : getTranslation("rounds.dates.announced", format.format(announced.of(phase)));
                if (started.of(phase) != null) {
                    text += getTranslation("rounds.dates.started", format.format(started.of(phase)));
                }
                ListItem item =
                        new ListItem(getTranslation("label.colon", getTranslation(phase.labelKey())) + " " + text);
                item.setId("round-phase-" + phase.name().toLowerCase(Locale.ROOT));
                if (phase == current) {
                    item.getStyle().set("font-weight", "700");
                }
                add(item);
            }
        }
    }
}
