package org.reintegration.portal.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.monitoring.IndicatorData;
import org.reintegration.portal.monitoring.IndicatorLevel;
import org.reintegration.portal.monitoring.IndicatorService;
import org.reintegration.portal.monitoring.IndicatorUnit;
import org.reintegration.portal.monitoring.StarterIndicator;

/** Adds an indicator to a project or the programme: one of the starter set, or one of its own. */
class IndicatorDialog extends Dialog {

    final Select<Optional<StarterIndicator>> starter = new Select<>();
    final TextField name = new TextField();
    final Select<IndicatorLevel> level = new Select<>();
    final Select<IndicatorUnit> unit = new Select<>();
    final Checkbox ascending = new Checkbox();
    final BigDecimalField baseline = new BigDecimalField();
    final DatePicker baselineDate = Localized.datePicker(new DatePicker());
    final BigDecimalField target = new BigDecimalField();
    final DatePicker targetDate = Localized.datePicker(new DatePicker());
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    IndicatorDialog(IndicatorService indicators, Long projectId, LocalDate today, Runnable saved) {
        setHeaderTitle(getTranslation("indicators.add"));
        List<Optional<StarterIndicator>> choices = new ArrayList<>();
        for (StarterIndicator s : StarterIndicator.values()) {
            choices.add(Optional.of(s));
        }
        choices.add(Optional.empty());
        starter.setLabel(getTranslation("indicators.starter"));
        starter.setItems(choices);
        starter.setItemLabelGenerator(s ->
                s.map(x -> x.code() + " " + getTranslation(x.labelKey())).orElse(getTranslation("indicators.own")));
        starter.setValue(choices.getFirst());
        starter.addValueChangeListener(e -> own(e.getValue().isEmpty()));
        name.setLabel(getTranslation("indicators.name"));
        name.setMaxLength(IndicatorData.NAME_MAX);
        level.setLabel(getTranslation("indicators.level"));
        level.setItems(IndicatorLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        level.setValue(IndicatorLevel.OUTPUT);
        unit.setLabel(getTranslation("indicators.unit"));
        unit.setItems(IndicatorUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation(u.labelKey()));
        unit.setValue(IndicatorUnit.PEOPLE);
        ascending.setLabel(getTranslation("indicators.ascending"));
        ascending.setValue(true);
        baseline.setLabel(getTranslation("indicators.baseline"));
        baseline.setValue(BigDecimal.ZERO);
        baselineDate.setLabel(getTranslation("indicators.baseline-date"));
        baselineDate.setValue(today);
        target.setLabel(getTranslation("indicators.target"));
        targetDate.setLabel(getTranslation("indicators.target-date"));
        own(false);
        errors.field("name", name)
                .field("baseline", baseline)
                .field("baselineDate", baselineDate)
                .field("target", target)
                .field("targetDate", targetDate)
                .field("unit", unit);
        FormLayout form =
                new FormLayout(starter, name, level, unit, ascending, baseline, baselineDate, target, targetDate);
        add(form);
        save.setText(getTranslation("indicators.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-indicator");
        save.addClickListener(e -> {
            try {
                indicators.add(projectId, data());
                close();
                saved.run();
            } catch (InvalidFieldException refused) {
                errors.show(refused);
            }
        });
        getFooter().add(new Button(getTranslation("indicators.cancel"), e -> close()), save);
    }

    private void own(boolean own) {
        name.setVisible(own);
        level.setVisible(own);
        unit.setVisible(own);
        ascending.setVisible(own);
    }

    IndicatorData data() {
        return new IndicatorData(
                starter.getValue().orElse(null),
                name.getValue(),
                level.getValue(),
                unit.getValue(),
                ascending.getValue(),
                baseline.getValue(),
                baselineDate.getValue(),
                target.getValue(),
                targetDate.getValue());
    }
}
