package org.reintegration.portal.selection.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.selection.round.BallotItem;
import org.reintegration.portal.selection.round.RoundBallot;
import org.reintegration.portal.selection.round.RoundService;

/**
 * Puts feasible initiatives of the round's communities on its ballot, in the order voters will see
 * them. Saved as a whole, and logged, until the first ballot is cast.
 */
class BallotDialog extends Dialog {

    final List<Initiative> chosen = new ArrayList<>();
    final Grid<Initiative> grid = new Grid<>();
    final ComboBox<Initiative> candidate = new ComboBox<>();
    final Button add = new Button();
    final Span total = new Span();
    final Span error = new Span();
    final Button save = new Button();
    private final RoundService rounds;
    private final RoundBallot ballot;
    private final List<Initiative> candidates;
    private final Runnable onSaved;

    BallotDialog(RoundService rounds, RoundBallot ballot, Runnable onSaved) {
        this.rounds = rounds;
        this.ballot = ballot;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("ballot.edit"));
        setWidth("min(56em, 100%)");
        candidates = rounds.candidates(ballot.roundId());
        Map<Long, Initiative> byId = candidates.stream().collect(Collectors.toMap(Initiative::id, Function.identity()));
        ballot.items().stream()
                .map(BallotItem::initiativeId)
                .map(byId::get)
                .filter(Objects::nonNull)
                .forEach(chosen::add);

        candidate.setLabel(getTranslation("ballot.add-initiative"));
        candidate.setItemLabelGenerator(
                i -> BidiText.isolate(i.data().title()) + " · " + BidiText.isolate(i.communityName()) + " · "
                        + RoundTexts.money(getLocale(), i.ballotCost(), i.currency()));
        candidate.setWidth("min(36em, 100%)");
        candidate.setId("ballot-candidate");
        add.setText(getTranslation("ballot.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(click -> {
            if (candidate.getValue() != null) {
                chosen.add(candidate.getValue());
                refresh();
            }
        });
        add.setId("ballot-add");
        HorizontalLayout adding = new HorizontalLayout(candidate, add);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        adding.setWrap(true);

        grid.addColumn(i -> chosen.indexOf(i) + 1)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> i.data().title())
                .setHeader(getTranslation("initiatives.title-field"))
                .setFlexGrow(3);
        grid.addColumn(Initiative::communityName).setHeader(getTranslation("initiatives.community"));
        grid.addColumn(i -> RoundTexts.money(getLocale(), i.ballotCost(), i.currency()))
                .setHeader(getTranslation("initiatives.cost"));
        grid.addComponentColumn(this::rowActions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setId("ballot-grid");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("ballot-error");
        add(new Paragraph(getTranslation("ballot.help")), adding, grid, total, error);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setId("ballot-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        refresh();
    }

    private HorizontalLayout rowActions(Initiative initiative) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> shift(initiative, -1));
        up.setAriaLabel(getTranslation("ballot.up"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> shift(initiative, 1));
        down.setAriaLabel(getTranslation("ballot.down"));
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            chosen.remove(initiative);
            refresh();
        });
        remove.setAriaLabel(getTranslation("ballot.remove"));
        List.of(up, down, remove).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE));
        return new HorizontalLayout(up, down, remove);
    }

    void shift(Initiative initiative, int by) {
        int from = chosen.indexOf(initiative);
        int to = from + by;
        if (to >= 0 && to < chosen.size()) {
            chosen.remove(from);
            chosen.add(to, initiative);
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(new ArrayList<>(chosen));
        candidate.setItems(candidates.stream().filter(i -> !chosen.contains(i)).toList());
        candidate.clear();
        BigDecimal sum = chosen.stream().map(Initiative::ballotCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        total.setText(getTranslation(
                "ballot.total",
                RoundTexts.money(getLocale(), sum, ballot.currency()),
                RoundTexts.money(getLocale(), ballot.budget(), ballot.currency())));
    }

    void save() {
        error.setText("");
        try {
            rounds.setBallot(
                    ballot.roundId(), chosen.stream().map(Initiative::id).toList());
        } catch (InvalidFieldException e) {
            error.setText(getTranslation(e.messageKey()) + " (" + e.getMessage() + ")");
            return;
        }
        close();
        onSaved.run();
    }
}
