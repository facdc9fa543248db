package org.reintegration.portal.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.monitoring.Actual;
import org.reintegration.portal.monitoring.Indicator;
import org.reintegration.portal.monitoring.IndicatorService;

/** Records what an indicator reached in one period, split by sex and status when it counts people. */
class ActualDialog extends Dialog {

    final DatePicker periodStart = Localized.datePicker(new DatePicker());
    final DatePicker periodEnd = Localized.datePicker(new DatePicker());
    final BigDecimalField value = new BigDecimalField();
    final IntegerField female = new IntegerField();
    final IntegerField male = new IntegerField();
    final IntegerField returnees = new IntegerField();
    final IntegerField residents = new IntegerField();
    final TextField note = new TextField();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    ActualDialog(IndicatorService indicators, Indicator indicator, String name, Runnable saved) {
        setHeaderTitle(getTranslation("indicators.actual.add") + " — " + BidiText.isolate(name));
        periodStart.setLabel(getTranslation("indicators.actual.from"));
        periodEnd.setLabel(getTranslation("indicators.actual.to"));
        value.setLabel(getTranslation("indicators.actual.value") + " ("
                + getTranslation(indicator.data().unit().labelKey()) + ")");
        female.setLabel(getTranslation("indicators.actual.female"));
        male.setLabel(getTranslation("indicators.actual.male"));
        returnees.setLabel(getTranslation("indicators.actual.returnees"));
        residents.setLabel(getTranslation("indicators.actual.residents"));
        note.setLabel(getTranslation("indicators.actual.note"));
        note.setMaxLength(Actual.NOTE_MAX);
        boolean people = indicator.data().unit().countsPeople();
        for (IntegerField part : new IntegerField[] {female, male, returnees, residents}) {
            part.setMin(0);
            part.setVisible(people);
        }
        errors.field("periodStart", periodStart)
                .field("periodEnd", periodEnd)
                .field("value", value)
                .field("female", female)
                .field("returnees", returnees);
        add(new FormLayout(periodStart, periodEnd, value, female, male, returnees, residents, note));
        save.setText(getTranslation("indicators.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-actual");
        save.addClickListener(e -> {
            try {
                indicators.recordActual(indicator.id(), actual());
                close();
                saved.run();
            } catch (InvalidFieldException refused) {
                errors.show(refused);
            }
        });
        getFooter().add(new Button(getTranslation("indicators.cancel"), e -> close()), save);
    }

    Actual actual() {
        return Actual.of(
                periodStart.getValue(),
                periodEnd.getValue(),
                value.getValue(),
                female.getValue(),
                male.getValue(),
                returnees.getValue(),
                residents.getValue(),
                note.getValue());
    }
}
