package org.reintegration.portal.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.LongConsumer;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.initiative.CommunityChoice;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.InitiativeData;
import org.reintegration.portal.initiative.InitiativeService;

/**
 * Staff enter an initiative a community meeting proposed (saying which meeting), or correct one;
 * each problem is shown next to its field and nothing is half-saved.
 */
class InitiativeDialog extends Dialog {

    final InitiativeForm form;
    final TextField meeting = new TextField();
    final Button save = new Button();
    private final InitiativeService initiatives;
    private final Initiative existing;
    private final LongConsumer onSaved;

    InitiativeDialog(InitiativeService initiatives, Initiative existing, LongConsumer onSaved) {
        this.initiatives = initiatives;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "initiatives.on-behalf" : "initiatives.edit"));
        setWidth("min(60em, 100%)");
        form = new InitiativeForm(initiatives);
        meeting.setLabel(getTranslation("initiatives.meeting"));
        meeting.setHelperText(getTranslation("initiatives.meeting-help"));
        meeting.setMaxLength(InitiativeService.NOTE_MAX);
        meeting.setRequired(true);
        meeting.setWidthFull();
        meeting.setId("initiative-meeting");
        if (existing == null) {
            add(meeting);
        } else {
            form.fill(
                    existing.data(),
                    new CommunityChoice(existing.data().communityId(), existing.communityName(), null));
        }
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setId("initiative-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    void save() {
        meeting.setInvalid(false);
        InitiativeData data = form.read(null);
        if (existing == null && meeting.getValue().isBlank()) {
            meeting.setErrorMessage(getTranslation("initiatives.error.meeting"));
            meeting.setInvalid(true);
            return;
        }
        if (data == null) {
            return;
        }
        long id;
        try {
            if (existing == null) {
                id = initiatives.proposeOnBehalf(data, form.photo.value(), meeting.getValue());
            } else {
                initiatives.update(existing.id(), data, form.photo.value());
                id = existing.id();
            }
        } catch (InvalidFieldException e) {
            if (e.field().equals("meetingNote")) {
                meeting.setErrorMessage(getTranslation(e.messageKey()));
                meeting.setInvalid(true);
            } else {
                form.show(e);
            }
            return;
        }
        close();
        onSaved.accept(id);
    }
}
