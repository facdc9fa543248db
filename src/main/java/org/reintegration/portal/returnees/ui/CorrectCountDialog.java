package org.reintegration.portal.returnees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.returnees.ReturneeCorrection;
import org.reintegration.portal.returnees.ReturneeCount;
import org.reintegration.portal.returnees.ReturneeCountService;
import org.reintegration.portal.returnees.ReturneeFigures;

/**
 * Corrects the figures of one returnee count, with a required reason, and shows every earlier correction of it:
 * when, by whom, the figures before and after, and why.
 */
class CorrectCountDialog extends Dialog {

    final IntegerField individuals = new IntegerField();
    final IntegerField households = new IntegerField();
    final IntegerField females = new IntegerField();
    final IntegerField males = new IntegerField();
    final IntegerField fromAbroad = new IntegerField();
    final TextArea reason = new TextArea();
    final UnorderedList history = new UnorderedList();
    final Button save = new Button();

    private final ReturneeCountService counts;
    private final ReturneeCount count;
    private final Runnable onSaved;

    CorrectCountDialog(ReturneeCountService counts, ReturneeCount count, String areaLabel, Runnable onSaved) {
        this.counts = counts;
        this.count = count;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("returnees.correction.title"));
        setWidth("min(40em, 95vw)");
        add(new Paragraph(BidiText.isolate(areaLabel) + " · " + count.data().periodEnd() + " · "
                + BidiText.isolate(count.data().periodLabel()) + " · "
                + BidiText.isolate(count.data().source())));

        field(individuals, "returnees.individuals", count.data().individuals());
        individuals.setRequired(true);
        individuals.setId("correction-individuals");
        field(households, "returnees.households", count.data().households());
        field(females, "returnees.females", count.data().females());
        field(males, "returnees.males", count.data().males());
        field(fromAbroad, "returnees.from-abroad", count.data().fromAbroad());
        reason.setLabel(getTranslation("returnees.correction.reason"));
        reason.setRequired(true);
        reason.setMaxLength(ReturneeCorrection.REASON_MAX);
        reason.setManualValidation(true);
        reason.setId("correction-reason");
        FormLayout form = new FormLayout(individuals, households, females, males, fromAbroad, reason);
        form.setColspan(reason, 2);
        add(form);

        H4 historyHeading = new H4(getTranslation("returnees.correction.history"));
        history.setId("correction-history");
        add(historyHeading, history);
        showHistory();

        save.setText(getTranslation("returnees.correction.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("correction-save");
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void field(IntegerField field, String labelKey, Integer value) {
        field.setLabel(getTranslation(labelKey));
        field.setMin(0);
        field.setManualValidation(true);
        field.setValue(value);
    }

    private void showHistory() {
        history.removeAll();
        List<ReturneeCorrection> corrections = counts.corrections(count.id());
        if (corrections.isEmpty()) {
            history.add(new ListItem(getTranslation("returnees.correction.none")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        for (ReturneeCorrection c : corrections) {
            history.add(new ListItem(getTranslation(
                    "returnees.correction.entry",
                    when.format(c.correctedAt()),
                    BidiText.isolate(c.correctedBy()),
                    figures(c.before()),
                    figures(c.after()),
                    BidiText.isolate(c.reason()))));
        }
    }

    private String figures(ReturneeFigures f) {
        StringBuilder text = new StringBuilder(String.valueOf(f.individuals()));
        part(text, "returnees.households", f.households());
        part(text, "returnees.females", f.females());
        part(text, "returnees.males", f.males());
        part(text, "returnees.from-abroad", f.fromAbroad());
        return text.toString();
    }

    private void part(StringBuilder text, String labelKey, Integer value) {
        if (value != null) {
            text.append(", ").append(getTranslation(labelKey)).append(' ').append(value);
        }
    }

    void save() {
        List.of(individuals, households, females, males, fromAbroad).forEach(f -> f.setInvalid(false));
        reason.setInvalid(false);
        boolean problems = false;
        if (individuals.getValue() == null) {
            problems |= invalid(individuals, "returnees.correction.error.individuals");
        }
        for (IntegerField f : List.of(individuals, households, females, males, fromAbroad)) {
            if (f.getValue() != null && f.getValue() < 0) {
                problems |= invalid(f, "returnees.correction.error.negative");
            }
        }
        if (reason.getValue().isBlank()) {
            problems |= invalid(reason, "returnees.correction.error.reason");
        }
        if (problems) {
            return;
        }
        ReturneeFigures figures;
        try {
            figures = new ReturneeFigures(
                    individuals.getValue(),
                    households.getValue(),
                    females.getValue(),
                    males.getValue(),
                    fromAbroad.getValue());
        } catch (IllegalArgumentException inconsistent) {
            invalid(individuals, "returnees.correction.error.inconsistent");
            return;
        }
        try {
            counts.correct(count.id(), figures, reason.getValue());
        } catch (InvalidFieldException refused) {
            invalid("reason".equals(refused.field()) ? reason : individuals, refused.messageKey());
            return;
        }
        onSaved.run();
        close();
    }

    private boolean invalid(com.vaadin.flow.component.HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return true;
    }
}
