package org.reintegration.portal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import org.reintegration.portal.assessment.AssessmentField;
import org.reintegration.portal.assessment.KoboAssessmentService;
import org.reintegration.portal.assessment.KoboImportOutcome;
import org.reintegration.portal.assessment.KoboImportPlan;
import org.reintegration.portal.assessment.KoboImportSettings;
import org.reintegration.portal.assessment.PlannedAssessment;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.base.ui.Languages;
import org.reintegration.portal.community.profile.AssessmentMethod;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.kobo.KoboExport;
import org.reintegration.portal.interop.kobo.ui.KoboUploads;
import org.reintegration.portal.security.Role;

/**
 * Staff upload a KoboToolbox export of the community assessment, adjust the column mapping, see what
 * would be recorded and every problem, and import when the preview is clean. The browser shows the
 * upload's progress; nothing is written before the import button.
 */
@Route("assessments/import")
@RolesAllowed(Role.STAFF_NAME)
public class KoboImportView extends VerticalLayout implements HasPageHeading {

    private final KoboAssessmentService kobo;
    final TextArea mapping = new TextArea();
    final Select<AssessmentMethod> method = new Select<>();
    final Select<String> nameLanguage = new Select<>();
    final Upload upload;
    final Button check = new Button();
    final Button importButton = new Button();
    final Paragraph summary = new Paragraph();
    final UnorderedList problems = new UnorderedList();
    final Grid<PlannedAssessment> preview = new Grid<>();
    private String fileName;
    private KoboExport export;

    public KoboImportView(KoboAssessmentService kobo) {
        this.kobo = kobo;
        setWidthFull();
        add(new Paragraph(getTranslation("kobo.help")));

        method.setLabel(getTranslation("kobo.method"));
        method.setItems(AssessmentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("profiles.method." + m.name()));
        method.setValue(AssessmentMethod.KEY_INFORMANTS);
        nameLanguage.setLabel(getTranslation("kobo.name-language"));
        nameLanguage.setItems(
                Languages.SUPPORTED.stream().map(l -> l.getLanguage()).toList());
        nameLanguage.setItemLabelGenerator(tag -> Languages.nativeName(java.util.Locale.forLanguageTag(tag)));
        nameLanguage.setValue(Languages.FRENCH.getLanguage());
        HorizontalLayout settings = new HorizontalLayout(method, nameLanguage);
        settings.setWrap(true);

        mapping.setLabel(getTranslation("kobo.mapping"));
        mapping.setHelperText(getTranslation("kobo.mapping.help"));
        mapping.setValue(kobo.mapping());
        mapping.setWidthFull();
        mapping.addClassName("kobo-mapping");
        mapping.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        mapping.setId("kobo-mapping");
        Button reset = new Button(
                getTranslation("kobo.mapping.reset"), e -> mapping.setValue(KoboAssessmentService.DEFAULT_MAPPING));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        upload = KoboUploads.csv("kobo-upload", this::receive);

        check.setText(getTranslation("kobo.check"));
        check.addClickListener(e -> showPreview());
        check.setEnabled(false);
        check.setId("kobo-check");
        importButton.setText(getTranslation("kobo.import"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> importAll());
        importButton.setEnabled(false);
        importButton.setId("kobo-import");
        HorizontalLayout actions = new HorizontalLayout(check, importButton);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        summary.setId("kobo-summary");
        problems.setId("kobo-problems");
        problems.addClassName("import-problems");
        configurePreview();

        add(settings, mapping, reset, fieldList(), upload, actions, summary, problems, preview);
    }

    void receive(String fileName, byte[] content) {
        this.fileName = fileName;
        problems.removeAll();
        preview.setItems();
        try {
            export = KoboExport.read(content, bytes -> {});
        } catch (ImportException unreadable) {
            export = null;
            summary.setText(getTranslation("kobo.unreadable", fileName));
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
        KoboImportPlan plan = kobo.preview(export, mapping.getValue(), settings());
        problems.removeAll();
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        if (plan.isAccepted()) {
            summary.setText(getTranslation(
                    "kobo.preview.ready",
                    fileName,
                    numbers.format(plan.rows().size()),
                    numbers.format(plan.newProfiles()),
                    numbers.format(plan.newCommunities()),
                    numbers.format(plan.alreadyImported())));
        } else {
            summary.setText(getTranslation("kobo.preview.problems", fileName, numbers.format(plan.problemCount())));
            KoboUploads.showProblems(problems, plan.problems(), plan.problemCount(), this);
        }
        preview.setItems(plan.rows());
        importButton.setEnabled(plan.isAccepted() && plan.newProfiles() > 0);
    }

    void importAll() {
        try {
            KoboImportOutcome outcome = kobo.importAll(export, mapping.getValue(), settings());
            String done = getTranslation(
                    "kobo.done",
                    BidiText.isolate(fileName),
                    outcome.profilesRecorded(),
                    outcome.communitiesCreated(),
                    outcome.alreadyImported());
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showPreview();
            summary.setText(done);
        } catch (InvalidInputException refused) {
            showPreview();
        }
    }

    private KoboImportSettings settings() {
        return new KoboImportSettings(method.getValue(), nameLanguage.getValue());
    }

    private void configurePreview() {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        preview.addColumn(r -> numbers.format(r.line()))
                .setHeader(getTranslation("kobo.col.line"))
                .setAutoWidth(true);
        preview.addColumn(PlannedAssessment::area)
                .setHeader(getTranslation("kobo.col.area"))
                .setAutoWidth(true);
        preview.addColumn(PlannedAssessment::communityName)
                .setHeader(getTranslation("kobo.col.community"))
                .setAutoWidth(true);
        preview.addColumn(r -> dates.format(r.profile().assessedOn()))
                .setHeader(getTranslation("kobo.col.assessed-on"))
                .setAutoWidth(true);
        preview.addColumn(r -> getTranslation("tension." + r.profile().tension().name()))
                .setHeader(getTranslation("kobo.col.tension"))
                .setAutoWidth(true);
        preview.addColumn(r -> r.returnees() == null ? "" : numbers.format(r.returnees()))
                .setHeader(getTranslation("kobo.col.returnees"))
                .setAutoWidth(true);
        preview.addColumn(this::status)
                .setHeader(getTranslation("kobo.col.status"))
                .setFlexGrow(1);
        // A fixed height: an export can hold thousands of submissions, which the grid then loads as it scrolls.
        preview.setHeight("24em");
        preview.setId("kobo-preview");
    }

    String status(PlannedAssessment row) {
        if (row.alreadyImported()) {
            return getTranslation("kobo.status.already-imported");
        }
        String status =
                getTranslation(row.createsCommunity() ? "kobo.status.new-community" : "kobo.status.new-profile");
        return row.locationOutsideArea() ? status + " — " + getTranslation("kobo.status.outside-area") : status;
    }

    private Details fieldList() {
        UnorderedList fields = new UnorderedList();
        Arrays.stream(AssessmentField.values())
                .forEach(f -> fields.add(new ListItem(f.mappingName()
                        + (f.required() ? " * " : " ") + "— "
                        + getTranslation("kobo.field." + f.mappingName()))));
        Details details = new Details(getTranslation("kobo.fields"), fields);
        details.setId("kobo-fields");
        return details;
    }

    @Override
    public String pageHeading() {
        return getTranslation("kobo.title");
    }
}
