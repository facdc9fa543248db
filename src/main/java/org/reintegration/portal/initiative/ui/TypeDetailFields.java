package org.reintegration.portal.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.initiative.TypeDetails;
import org.reintegration.portal.initiative.TypeField;

/**
 * The fields of the chosen initiative type ({@link InitiativeType#fields()}), which appear when a type is
 * chosen and are checked as {@link TypeDetails} checks them, so that all problems show at once.
 */
class TypeDetailFields extends Div {

    /** The fields shown, by the name of the {@link TypeField} each stands for. */
    final Map<String, Component> fields = new LinkedHashMap<>();

    private final FieldChecks checks;

    TypeDetailFields(FieldChecks checks) {
        this.checks = checks;
        setId("initiative-details");
    }

    /** Shows the fields of the type; none when no type is chosen. */
    void show(InitiativeType chosen) {
        removeAll();
        fields.clear();
        if (chosen == null) {
            return;
        }
        FormLayout layout = new FormLayout();
        for (TypeField field : chosen.fields()) {
            String label = getTranslation(field.labelKey());
            Component component =
                    switch (field.kind()) {
                        case TEXT -> {
                            TextField text = new TextField(label);
                            checks.counted(text, TypeField.TEXT_MAX);
                            text.setRequired(field.required());
                            yield text;
                        }
                        case WHOLE_NUMBER -> {
                            IntegerField number = new IntegerField(label);
                            number.setMin(0);
                            number.setMax((int) TypeField.NUMBER_MAX);
                            number.setI18n(checks.countMessages());
                            number.setRequiredIndicatorVisible(field.required());
                            yield number;
                        }
                        case YES_NO -> new Checkbox(label);
                    };
            component.setId("detail-" + field.name());
            fields.put(field.name(), component);
            layout.add(component);
        }
        add(layout);
    }

    /** Shows stored values of the type's fields. */
    void fill(TypeDetails details) {
        details.values().forEach((name, value) -> {
            switch (fields.get(name)) {
                case TextField text -> text.setValue(value.toString());
                case IntegerField number -> number.setValue(((Long) value).intValue());
                case Checkbox yes -> yes.setValue((Boolean) value);
                case null, default -> {}
            }
        });
    }

    /** The fields that can be marked wrong. */
    List<HasValidation> validated() {
        return fields.values().stream()
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .toList();
    }

    /** The same checks as the record makes on the type's own fields, so that all are shown together. */
    void check(InitiativeType chosen) {
        for (TypeField field : chosen.fields()) {
            switch (fields.get(field.name())) {
                case TextField text ->
                    checks.checkText(
                            text, TypeField.TEXT_MAX, field.required() ? "initiatives.error.detail-required" : null);
                case IntegerField number -> {
                    if (number.getValue() == null) {
                        if (field.required()) {
                            checks.invalid(number, "initiatives.error.detail-required");
                        }
                    } else {
                        checks.checkCount(number, TypeField.NUMBER_MAX);
                    }
                }
                case null, default -> {}
            }
        }
    }

    /** What was entered, by field name; fields left empty are left out. */
    Map<String, Object> values() {
        Map<String, Object> entered = new LinkedHashMap<>();
        fields.forEach((name, component) -> {
            Object value =
                    switch (component) {
                        case TextField text -> text.getValue();
                        case IntegerField number ->
                            number.getValue() == null ? null : number.getValue().longValue();
                        case Checkbox yes -> yes.getValue();
                        default -> null;
                    };
            if (value != null) {
                entered.put(name, value);
            }
        });
        return entered;
    }
}
