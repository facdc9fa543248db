package org.reintegration.portal.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.monitoring.FollowUp;
import org.reintegration.portal.monitoring.VisitData;
import org.reintegration.portal.monitoring.VisitService;

/** Records a monitoring visit, with a first follow-up action when the visit asked for one. */
class VisitDialog extends Dialog {

    final DatePicker visitedOn = Localized.datePicker(new DatePicker());
    final TextField visitors = new TextField();
    final TextArea findings = new TextArea();
    final Select<TensionLevel> tension = new Select<>();
    final TextField action = new TextField();
    final DatePicker actionDue = Localized.datePicker(new DatePicker());
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    VisitDialog(VisitService visits, long projectId, LocalDate today, Runnable saved) {
        setHeaderTitle(getTranslation("visits.add"));
        visitedOn.setLabel(getTranslation("visits.date"));
        visitedOn.setValue(today);
        visitedOn.setMax(today);
        visitors.setLabel(getTranslation("visits.visitors"));
        visitors.setMaxLength(VisitData.VISITORS_MAX);
        findings.setLabel(getTranslation("visits.findings"));
        findings.setMaxLength(VisitData.FINDINGS_MAX);
        tension.setLabel(getTranslation("visits.tension"));
        tension.setItems(TensionLevel.values());
        tension.setItemLabelGenerator(
                t -> t == null ? getTranslation("visits.tension.not-assessed") : getTranslation("tension." + t.name()));
        tension.setEmptySelectionAllowed(true);
        tension.setEmptySelectionCaption(getTranslation("visits.tension.not-assessed"));
        action.setLabel(getTranslation("visits.follow-up.action"));
        action.setMaxLength(FollowUp.ACTION_MAX);
        actionDue.setLabel(getTranslation("visits.follow-up.due"));
        errors.field("visitedOn", visitedOn)
                .field("visitors", visitors)
                .field("findings", findings)
                .field("action", action);
        FormLayout form = new FormLayout(visitedOn, visitors, tension, findings, action, actionDue);
        form.setColspan(findings, 2);
        add(form);
        save.setText(getTranslation("visits.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-visit");
        save.addClickListener(e -> {
            try {
                List<FollowUp> followUps = action.getValue().isBlank()
                        ? List.of()
                        : List.of(FollowUp.open(action.getValue(), actionDue.getValue()));
                visits.record(
                        projectId,
                        new VisitData(
                                visitedOn.getValue(), visitors.getValue(), findings.getValue(), tension.getValue()),
                        followUps);
                close();
                saved.run();
            } catch (InvalidFieldException refused) {
                errors.show(refused);
            }
        });
        getFooter().add(new Button(getTranslation("indicators.cancel"), e -> close()), save);
    }
}
