package org.reintegration.portal.selection.round.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.initiative.CommunityChoice;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.BallotRules;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.PhaseDates;
import org.reintegration.portal.selection.round.RoundData;
import org.reintegration.portal.selection.round.RoundService;
import org.reintegration.portal.selection.round.RuleName;
import org.reintegration.portal.selection.round.SelectionRound;

/**
 * Creates or edits a round: communities, budget, the dates of its phases, the ballot format and the
 * outcome rule. Each problem is shown next to its field; a frozen round refuses with a message.
 */
class RoundDialog extends Dialog {

    static final List<String> SLIP_LANGUAGES = List.of("fr", "en", "ar", "pt", "ff", "man", "sus", "ha", "wo");

    final TextField name = new TextField();
    final MultiSelectComboBox<CommunityChoice> communities = new MultiSelectComboBox<>();
    final BigDecimalField budget = new BigDecimalField();
    final Map<Phase, DatePicker> dates = new EnumMap<>(Phase.class);
    final Select<BallotFormat> format = new Select<>();
    final IntegerField minChoices = new IntegerField();
    final IntegerField maxChoices = new IntegerField();
    final IntegerField points = new IntegerField();
    final Select<RuleName> rule = new Select<>();
    final Select<String> slipLanguage = new Select<>();
    final Span frozenError = new Span();
    final Button save = new Button();
    private final RoundService rounds;
    private final SelectionRound existing;
    private final LongConsumer onSaved;

    RoundDialog(RoundService rounds, InitiativeService initiatives, SelectionRound existing, LongConsumer onSaved) {
        this.rounds = rounds;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "rounds.new" : "rounds.edit"));
        setWidth("min(52em, 100%)");
        name.setLabel(getTranslation("rounds.name"));
        name.setMaxLength(RoundData.NAME_MAX);
        name.setRequired(true);
        name.setId("round-name");
        communities.setLabel(getTranslation("rounds.communities"));
        communities.setItems(
                query ->
                        initiatives
                                .communityChoices(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                                .stream(),
                query -> initiatives.countCommunityChoices(query.getFilter().orElse("")));
        communities.setItemLabelGenerator(CommunityChoice::name);
        communities.setRequired(true);
        communities.setId("round-communities");
        budget.setLabel(getTranslation("rounds.budget"));
        budget.setSuffixComponent(new Span(rounds.currency()));
        budget.setRequiredIndicatorVisible(true);
        budget.setId("round-budget");
        for (Phase phase : Phase.values()) {
            DatePicker picker = Localized.datePicker(new DatePicker(getTranslation("rounds.date." + phase.name())));
            picker.setId("round-date-" + phase.name());
            dates.put(phase, picker);
        }
        format.setLabel(getTranslation("rounds.format"));
        format.setItems(BallotFormat.values());
        format.setItemLabelGenerator(f -> f == null ? "" : getTranslation(f.labelKey()));
        format.setId("round-format");
        minChoices.setLabel(getTranslation("rounds.min-choices"));
        minChoices.setMin(1);
        minChoices.setId("round-min-choices");
        maxChoices.setLabel(getTranslation("rounds.max-choices"));
        maxChoices.setMin(1);
        maxChoices.setId("round-max-choices");
        points.setLabel(getTranslation("rounds.points"));
        points.setMin(1);
        points.setMax(BallotRules.POINTS_MAX);
        points.setId("round-points");
        format.addValueChangeListener(e -> showFormatFields(e.getValue()));
        rule.setLabel(getTranslation("rounds.rule"));
        rule.setItems(RuleName.values());
        rule.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
        rule.setId("round-rule");
        slipLanguage.setLabel(getTranslation("rounds.slip-language"));
        slipLanguage.setItems(SLIP_LANGUAGES);
        slipLanguage.setItemLabelGenerator(
                code -> code == null ? "" : Locale.of(code).getDisplayLanguage(getLocale()));
        frozenError.getStyle().set("color", "var(--lumo-error-text-color)");
        frozenError.setId("round-frozen-error");

        if (existing == null) {
            format.setValue(BallotFormat.APPROVAL);
            minChoices.setValue(1);
            maxChoices.setValue(3);
            rule.setValue(RuleName.MES_ADD1U_GREEDY);
            slipLanguage.setValue(
                    getLocale().getLanguage().isEmpty() ? "fr" : getLocale().getLanguage());
        } else {
            fill(existing.data(), existing);
        }
        FormLayout form = new FormLayout(name, communities, budget, slipLanguage);
        form.setColspan(communities, 2);
        dates.values().forEach(form::add);
        form.add(format, rule, minChoices, maxChoices, points);
        add(form, frozenError);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setId("round-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void fill(RoundData data, SelectionRound round) {
        name.setValue(data.name());
        communities.setValue(round.communities().stream()
                .map(c -> new CommunityChoice(c.id(), c.name(), null))
                .collect(Collectors.toSet()));
        budget.setValue(data.budget());
        for (Phase phase : Phase.values()) {
            dates.get(phase).setValue(data.dates().of(phase));
        }
        format.setValue(data.rules().format());
        minChoices.setValue(data.rules().minChoices());
        maxChoices.setValue(data.rules().maxChoices());
        points.setValue(data.rules().points());
        rule.setValue(data.rule());
        slipLanguage.setValue(data.slipLanguage());
    }

    private void showFormatFields(BallotFormat chosen) {
        minChoices.setVisible(chosen == BallotFormat.APPROVAL);
        maxChoices.setVisible(chosen == BallotFormat.APPROVAL);
        points.setVisible(chosen == BallotFormat.CUMULATIVE);
    }

    void save() {
        List<HasValidation> fields = new ArrayList<>(List.<HasValidation>of(
                name, communities, budget, format, minChoices, maxChoices, points, rule, slipLanguage));
        fields.addAll(dates.values());
        fields.forEach(f -> f.setInvalid(false));
        frozenError.setText("");
        boolean ok = true;
        if (name.getValue().isBlank()) {
            ok = invalid(name, "rounds.error.name");
        }
        if (communities.getValue().isEmpty()) {
            ok = invalid(communities, "rounds.error.communities");
        }
        if (budget.getValue() == null) {
            ok = invalid(budget, "rounds.error.budget");
        }
        if (format.getValue() == null) {
            ok = invalid(format, "rounds.error.format");
        }
        if (!ok) {
            return;
        }
        long id;
        try {
            BallotRules rules =
                    new BallotRules(format.getValue(), minChoices.getValue(), maxChoices.getValue(), points.getValue());
            RoundData data = new RoundData(
                    name.getValue(),
                    communities.getValue().stream().map(CommunityChoice::id).collect(Collectors.toSet()),
                    budget.getValue(),
                    rounds.currency(),
                    new PhaseDates(
                            dates.get(Phase.PROPOSALS).getValue(),
                            dates.get(Phase.REVIEW).getValue(),
                            dates.get(Phase.VOTING).getValue(),
                            dates.get(Phase.RESULTS).getValue(),
                            dates.get(Phase.CLOSED).getValue()),
                    rules,
                    rule.getValue(),
                    slipLanguage.getValue());
            if (existing == null) {
                id = rounds.create(data);
            } else {
                rounds.update(existing.id(), data);
                id = existing.id();
            }
        } catch (InvalidFieldException e) {
            show(e);
            return;
        }
        close();
        onSaved.accept(id);
    }

    private void show(InvalidFieldException e) {
        String field = e.field();
        if (field.startsWith("date.")) {
            invalid(dates.get(Phase.valueOf(field.substring("date.".length()))), e.messageKey());
            return;
        }
        HasValidation target =
                switch (field) {
                    case "name" -> name;
                    case "communities" -> communities;
                    case "budget", "currency" -> budget;
                    case "minChoices" -> minChoices;
                    case "maxChoices" -> maxChoices;
                    case "points" -> points;
                    case "rule" -> rule;
                    case "slipLanguage" -> slipLanguage;
                    default -> null;
                };
        if (target == null) {
            frozenError.setText(getTranslation(e.messageKey()));
        } else {
            invalid(target, e.messageKey());
        }
    }

    private boolean invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }
}
