package org.reintegration.portal.outcome.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.kobo.KoboExport;
import org.reintegration.portal.interop.kobo.ui.KoboUploads;
import org.reintegration.portal.outcome.PlannedResponse;
import org.reintegration.portal.outcome.SchemeService;
import org.reintegration.portal.outcome.SurveyField;
import org.reintegration.portal.outcome.SurveyImportOutcome;
import org.reintegration.portal.outcome.SurveyImportService;
import org.reintegration.portal.outcome.SurveyPlan;
import org.reintegration.portal.security.Role;

/**
 * Staff upload a KoboToolbox or ODK export of the reintegration survey, map its fields to the scheme's questions,
 * see what would be recorded and every problem with its line and column, and import when the preview is clean. The
 * browser shows the upload's progress; nothing is written before the import button; a column that would bring in
 * a name, case number, phone or other identifier is refused.
 */
@Route("outcomes/import")
@RolesAllowed(Role.STAFF_NAME)
public class OutcomeImportView extends VerticalLayout implements HasPageHeading {

    private final SurveyImportService outcomes;
    private final SchemeService schemes;
    final TextArea mapping = new TextArea();
    final Upload upload;
    final Button check = new Button();
    final Button importButton = new Button();
    final Paragraph summary = new Paragraph();
    final UnorderedList problems = new UnorderedList();
    final Grid<PlannedResponse> preview = new Grid<>();
    private String fileName;
    private KoboExport export;

    public OutcomeImportView(SurveyImportService outcomes, SchemeService schemes) {
        this.outcomes = outcomes;
        this.schemes = schemes;
        setWidthFull();
        add(new Paragraph(getTranslation("outcome.import.help")));
        schemes.appliedScheme()
                .ifPresentOrElse(
                        s -> add(new Paragraph(ScoreText.scheme(this, s))),
                        () -> add(new Paragraph(getTranslation("outcome.scheme.none"))));

        mapping.setLabel(getTranslation("outcome.import.mapping"));
        mapping.setHelperText(getTranslation("outcome.import.mapping.help"));
        mapping.setValue(outcomes.mapping());
        mapping.setWidthFull();
        mapping.setId("outcome-mapping");
        // field paths and names read left to right in every language
        mapping.getElement().setAttribute("dir", "ltr");
        mapping.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        Button reset = new Button(
                getTranslation("kobo.mapping.reset"), e -> mapping.setValue(SurveyImportService.DEFAULT_MAPPING));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        upload = KoboUploads.csv("outcome-upload", this::receive);

        check.setText(getTranslation("kobo.check"));
        check.addClickListener(e -> showPreview());
        check.setEnabled(false);
        check.setId("outcome-check");
        importButton.setText(getTranslation("kobo.import"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> importAll());
        importButton.setEnabled(false);
        importButton.setId("outcome-import");

        summary.setId("outcome-summary");
        problems.setId("outcome-problems");
        problems.addClassName("import-problems");
        preview.addColumn(r -> NumberFormat.getIntegerInstance(getLocale()).format(r.line()))
                .setHeader(getTranslation("kobo.col.line"))
                .setAutoWidth(true);
        preview.addColumn(r -> r.area().value())
                .setHeader(getTranslation("kobo.col.area"))
                .setAutoWidth(true);
        preview.addColumn(r -> r.communityName() == null ? "" : BidiText.isolate(r.communityName()))
                .setHeader(getTranslation("kobo.col.community"))
                .setAutoWidth(true);
        preview.addColumn(r -> ScoreText.quarter(this, r.quarterStart()))
                .setHeader(getTranslation("outcome.col.quarter"))
                .setAutoWidth(true);
        preview.addColumn(r -> NumberFormat.getIntegerInstance(getLocale())
                        .format(r.answers().size()))
                .setHeader(getTranslation("outcome.col.answers"))
                .setAutoWidth(true);
        preview.addColumn(r ->
                        getTranslation(r.alreadyImported() ? "kobo.status.already-imported" : "outcome.status.new"))
                .setHeader(getTranslation("kobo.col.status"))
                .setFlexGrow(1);
        preview.setHeight("24em");
        preview.setId("outcome-preview");

        add(mapping, reset, fieldList(), upload, new HorizontalLayout(check, importButton), summary, problems, preview);
        add(new Anchor("outcomes/scheme", getTranslation("outcome.scheme.open")));
    }

    void receive(String fileName, byte[] content) {
        this.fileName = fileName;
        problems.removeAll();
        preview.setItems();
        try {
            export = KoboExport.read(content, bytes -> {});
        } catch (ImportException unreadable) {
            export = null;
            summary.setText(getTranslation("kobo.unreadable", BidiText.isolate(fileName)));
            KoboUploads.showProblems(problems, List.of(unreadable.problem()), 1, this);
            check.setEnabled(false);
            importButton.setEnabled(false);
            return;
        }
        check.setEnabled(true);
        showPreview();
    }

    void showPreview() {
        if (export == null) {
            return;
        }
        problems.removeAll();
        SurveyPlan plan;
        try {
            plan = outcomes.preview(export, mapping.getValue());
        } catch (InvalidInputException noScheme) {
            summary.setText(getTranslation("outcome.scheme.none"));
            importButton.setEnabled(false);
            return;
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        if (plan.isAccepted()) {
            summary.setText(getTranslation(
                    "outcome.import.ready",
                    BidiText.isolate(fileName),
                    numbers.format(plan.rows().size()),
                    numbers.format(plan.newResponses()),
                    numbers.format(plan.alreadyImported()),
                    plan.schemeVersion()));
        } else {
            summary.setText(getTranslation(
                    "kobo.preview.problems", BidiText.isolate(fileName), numbers.format(plan.problemCount())));
            KoboUploads.showProblems(problems, plan.problems(), plan.problemCount(), this);
        }
        preview.setItems(plan.rows());
        importButton.setEnabled(plan.isAccepted() && plan.newResponses() > 0);
    }

    void importAll() {
        try {
            SurveyImportOutcome outcome = outcomes.importAll(export, mapping.getValue());
            String done = getTranslation(
                    "outcome.import.done",
                    BidiText.isolate(fileName),
                    outcome.recorded(),
                    outcome.alreadyImported(),
                    outcome.schemeVersion());
            showPreview();
            summary.setText(done);
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refused) {
            showPreview();
        }
    }

    private Details fieldList() {
        UnorderedList fields = new UnorderedList();
        Arrays.stream(SurveyField.values())
                .forEach(f -> fields.add(new ListItem(f.mappingName() + (f.required() ? " * " : " ") + "— "
                        + getTranslation("outcome.field." + f.mappingName()))));
        schemes.appliedScheme().ifPresent(s -> s.scheme()
                .questions()
                .forEach(q -> fields.add(new ListItem(q.id() + " — " + BidiText.isolate(q.indicator())))));
        Details details = new Details(getTranslation("kobo.fields"), fields);
        details.setId("outcome-fields");
        return details;
    }

    @Override
    public String pageHeading() {
        return getTranslation("outcome.import.title");
    }
}
