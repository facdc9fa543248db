package org.reintegration.portal.initiative.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.reintegration.portal.initiative.InitiativeData;

/**
 * How the initiative form says what is wrong: each field at fault shows its message beside it, and the
 * fields at fault are kept in the order they were checked (the form's order) for a summary above the
 * button. Texts are counted against their limit as they are typed, never cut off.
 */
final class FieldChecks {

    private static final String TOO_LONG = "too-long";

    private final Component form;
    private final Supplier<Locale> locale;
    /** The fields with a problem since the last {@link #clear}, in the order they were found. */
    private final List<Component> problems = new ArrayList<>();

    /**
     * @param form   the form whose language the messages are in
     * @param locale the form's locale, for numbers
     */
    FieldChecks(Component form, Supplier<Locale> locale) {
        this.form = form;
        this.locale = locale;
    }

    /** Takes the marks off these fields and forgets the problems found so far. */
    void clear(Collection<? extends HasValidation> fields) {
        fields.forEach(f -> f.setInvalid(false));
        problems.clear();
    }

    /** The fields at fault since the last {@link #clear}, in the order they were found. */
    List<Component> problems() {
        return List.copyOf(problems);
    }

    /** Marks the field as wrong, with the message beside it. */
    void invalid(HasValidation field, String key, Object... arguments) {
        field.setErrorMessage(form.getTranslation(key, arguments));
        field.setInvalid(true);
        if (field instanceof Component component && !problems.contains(component)) {
            problems.add(component);
        }
    }

    /** Blank, or longer than allowed: said with the length, never cut off. */
    <F extends AbstractField<?, String> & HasValidation> void checkText(F field, int max, String blankKey) {
        String value = field.getValue();
        if (blankKey != null && value.isBlank()) {
            invalid(field, blankKey);
        } else if (value.length() > max) {
            invalid(field, "propose.error.too-long", value.length(), max);
        }
    }

    /** A number of people that cannot be: below zero or beyond the limit. */
    void checkCount(IntegerField field, long max) {
        Integer value = field.getValue();
        if (value != null && (value < 0 || value > max)) {
            invalid(field, "propose.error.count-range", number(max));
        }
    }

    /**
     * Shows how many characters the field holds against its limit, live; the browser does not cut text
     * at the limit (that would lose what was pasted without a word), the form says it is too long.
     */
    <F extends AbstractField<?, String> & HasValidation & HasHelper & HasValueChangeMode> void counted(
            F field, int max) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setHelperText(form.getTranslation("propose.counter", 0, max));
        field.addValueChangeListener(e -> {
            int length = e.getValue() == null ? 0 : e.getValue().length();
            field.setHelperText(form.getTranslation("propose.counter", length, max));
            boolean wasTooLong = Boolean.TRUE.equals(ComponentUtil.getData(field, TOO_LONG));
            ComponentUtil.setData(field, TOO_LONG, length > max);
            if (length > max) {
                field.setErrorMessage(form.getTranslation("propose.error.too-long", length, max));
                field.setInvalid(true);
            } else if (wasTooLong) {
                field.setInvalid(false);
            }
        });
    }

    /** What the browser says of a number of people it cannot take: the range allowed. */
    IntegerField.IntegerFieldI18n countMessages() {
        String range = form.getTranslation("propose.error.count-range", number(InitiativeData.BENEFICIARIES_MAX));
        return new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(range)
                .setMinErrorMessage(range)
                .setMaxErrorMessage(range)
                .setStepErrorMessage(range);
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(locale.get()).format(value);
    }
}
