package org.reintegration.portal.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.project.Milestone;
import org.reintegration.portal.project.MilestoneStatus;

/** Changes one milestone: its title, due date, status, the day it was done and a note. */
class MilestoneDialog extends Dialog {

    final TextField title = new TextField();
    final DatePicker dueOn = Localized.datePicker(new DatePicker());
    final Select<MilestoneStatus> status = new Select<>();
    final DatePicker doneOn = Localized.datePicker(new DatePicker());
    final TextArea note = new TextArea();
    final Button save = new Button();

    private final Milestone milestone;
    private final Consumer<Milestone> onSave;

    MilestoneDialog(Milestone milestone, LocalDate today, Consumer<Milestone> onSave) {
        this.milestone = milestone;
        this.onSave = onSave;
        setHeaderTitle(getTranslation("projects.milestone.edit"));
        title.setLabel(getTranslation("projects.milestone.title"));
        title.setMaxLength(Milestone.TITLE_MAX);
        title.setRequired(true);
        title.setValue(milestone.title());
        dueOn.setLabel(getTranslation("projects.milestone.due"));
        dueOn.setValue(milestone.dueOn());
        status.setLabel(getTranslation("projects.milestone.status"));
        status.setItems(MilestoneStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("projects.milestone.status." + s.name()));
        status.setValue(milestone.status());
        doneOn.setLabel(getTranslation("projects.milestone.done"));
        doneOn.setValue(milestone.doneOn());
        doneOn.setEnabled(milestone.status() == MilestoneStatus.DONE);
        status.addValueChangeListener(e -> {
            boolean done = e.getValue() == MilestoneStatus.DONE;
            doneOn.setEnabled(done);
            doneOn.setValue(done ? (doneOn.getValue() == null ? today : doneOn.getValue()) : null);
        });
        note.setLabel(getTranslation("projects.milestone.note"));
        note.setMaxLength(Milestone.NOTE_MAX);
        note.setValue(milestone.note() == null ? "" : milestone.note());
        FormLayout form = new FormLayout(title, dueOn, status, doneOn, note);
        form.setColspan(note, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setId("milestone-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    void save() {
        title.setInvalid(false);
        doneOn.setInvalid(false);
        if (title.getValue().isBlank()) {
            title.setErrorMessage(getTranslation("projects.error.milestone-title"));
            title.setInvalid(true);
            return;
        }
        if (status.getValue() == MilestoneStatus.DONE && doneOn.getValue() == null) {
            doneOn.setErrorMessage(getTranslation("projects.error.milestone-done-on"));
            doneOn.setInvalid(true);
            return;
        }
        Milestone changed = new Milestone(
                milestone.id(),
                title.getValue(),
                dueOn.getValue(),
                status.getValue() == MilestoneStatus.DONE ? doneOn.getValue() : null,
                status.getValue(),
                note.getValue());
        close();
        onSave.accept(changed);
    }
}
