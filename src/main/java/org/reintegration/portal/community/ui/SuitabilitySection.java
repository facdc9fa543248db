package org.reintegration.portal.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.community.profile.Suitability;
import org.reintegration.portal.community.profile.SuitabilityAnswer;
import org.reintegration.portal.community.profile.SuitabilityCriterion;

/**
 * The suitability section of a profile: an answer and a note for each {@link SuitabilityCriterion}; an
 * answer can be taken back, a criterion left unanswered.
 */
class SuitabilitySection extends VerticalLayout {

    final Map<SuitabilityCriterion, RadioButtonGroup<SuitabilityAnswer>> answers =
            new EnumMap<>(SuitabilityCriterion.class);
    final Map<SuitabilityCriterion, TextField> notes = new EnumMap<>(SuitabilityCriterion.class);

    SuitabilitySection() {
        setPadding(false);
        for (SuitabilityCriterion criterion : SuitabilityCriterion.values()) {
            RadioButtonGroup<SuitabilityAnswer> answer = new RadioButtonGroup<>();
            answer.setLabel(getTranslation("profiles.criterion." + criterion.name()));
            answer.setItems(SuitabilityAnswer.values());
            answer.setItemLabelGenerator(a -> getTranslation("profiles.answer." + a.name()));
            Button clear = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> answer.clear());
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            clear.setAriaLabel(getTranslation("profiles.answer.clear"));
            clear.setTooltipText(getTranslation("profiles.answer.clear"));
            TextField note = new TextField(getTranslation("profiles.note"));
            note.setMaxLength(Suitability.NOTE_MAX);
            note.setWidthFull();
            answers.put(criterion, answer);
            notes.put(criterion, note);
            HorizontalLayout row = new HorizontalLayout(answer, clear);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            // a long criterion wraps within the dialog on a phone instead of widening the row
            row.setWidthFull();
            row.setFlexGrow(1, answer);
            answer.getStyle().set("min-width", "0");
            answer.addClassName("suitability-answer");
            add(row, note);
        }
    }

    /** Shows an earlier profile's answers. */
    void fill(List<Suitability> suitability) {
        answers.values().forEach(RadioButtonGroup::clear);
        notes.values().forEach(TextField::clear);
        for (Suitability s : suitability) {
            answers.get(s.criterion()).setValue(s.answer());
            notes.get(s.criterion()).setValue(s.note() == null ? "" : s.note());
        }
    }

    /** The criteria answered, each with its note. */
    List<Suitability> suitability() {
        List<Suitability> suitability = new ArrayList<>();
        answers.forEach((criterion, answer) -> {
            if (answer.getValue() != null) {
                suitability.add(new Suitability(
                        criterion, answer.getValue(), notes.get(criterion).getValue()));
            }
        });
        return suitability;
    }
}
