package org.reintegration.portal.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.interop.hxl.ui.ImportProblemList;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectExport;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.project.ProjectStatus;
import org.reintegration.portal.project.ThreeWImportResult;
import org.reintegration.portal.project.ThreeWImportService;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;

/**
 * Projects the user may see, a page at a time, by title, dimension, status and partner. Staff import
 * 3W/4W tables here; local authorities read.
 */
@Route("projects")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class ProjectListView extends VerticalLayout implements HasPageHeading {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final ProjectService projects;
    private final ThreeWImportService threeW;
    final TextField title = new TextField();
    final Select<Dimension> dimension = new Select<>();
    final Select<ProjectStatus> status = new Select<>();
    final TextField partner = new TextField();
    final Grid<Project> grid = new Grid<>();
    final VerticalLayout importOutcome = new VerticalLayout();
    final Button newProject = new Button();

    private final ProjectExport export;
    private final Clock clock;
    /** What the list shows now; downloads export the same. */
    private volatile ProjectFilter filter = ProjectFilter.ALL;

    public ProjectListView(
            ProjectService projects,
            ThreeWImportService threeW,
            ProjectExport export,
            CurrentUser currentUser,
            Clock clock,
            ProjectFormOpener forms) {
        this.projects = projects;
        this.threeW = threeW;
        this.export = export;
        this.clock = clock;
        setSizeFull();
        if (currentUser.hasRole(Role.STAFF)) {
            newProject.setText(getTranslation("projects.new"));
            newProject.setIcon(VaadinIcon.PLUS.create());
            newProject.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newProject.setId("new-project");
            newProject.addClickListener(click -> forms.open(null, saved -> getUI().ifPresent(ui -> ui.navigate(
                    ProjectDetailView.class, new RouteParameters("projectId", String.valueOf(saved.id()))))));
            add(newProject);
            add(new Paragraph(getTranslation("projects.import.help")));
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.inMemory(
                    (metadata, bytes) -> ui.access(() -> importFile(metadata.fileName(), bytes))));
            Localized.uploadOfOneFile(upload);
            upload.setAcceptedFileTypes(".csv", "text/csv");
            upload.setMaxFileSize(MAX_FILE_BYTES);
            upload.setId("project-upload");
            importOutcome.setPadding(false);
            importOutcome.setId("project-import-outcome");
            add(upload, importOutcome);
        }
        title.setLabel(getTranslation("projects.filter.title"));
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setClearButtonVisible(true);
        title.setPrefixComponent(VaadinIcon.SEARCH.create());
        dimension.setLabel(getTranslation("projects.dimension"));
        dimension.setItems(Dimension.values());
        dimension.setEmptySelectionAllowed(true);
        dimension.setEmptySelectionCaption(getTranslation("communities.filter.any"));
        dimension.setItemLabelGenerator(
                d -> d == null ? getTranslation("communities.filter.any") : getTranslation(d.labelKey()));
        status.setLabel(getTranslation("projects.status"));
        status.setItems(ProjectStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("communities.filter.any"));
        status.setItemLabelGenerator(s ->
                s == null ? getTranslation("communities.filter.any") : getTranslation("projects.status." + s.name()));
        partner.setLabel(getTranslation("projects.partner"));
        partner.setValueChangeMode(ValueChangeMode.LAZY);
        partner.setClearButtonVisible(true);
        title.addValueChangeListener(e -> refresh());
        dimension.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        partner.addValueChangeListener(e -> refresh());
        // written to the response as the projects are read, a page at a time, headed in the reader's language
        java.util.Locale locale = getLocale();
        Anchor csv = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(fileName("csv"));
                    event.setContentType("text/csv;charset=UTF-8");
                    export.writeCsv(filter, locale, event.getOutputStream());
                },
                getTranslation("projects.export.4w"));
        csv.setId("export-4w");
        Anchor geoJson = new Anchor(
                DownloadHandler.fromInputStream(
                        event -> download("geojson", "application/geo+json", export::writeGeoJson)),
                getTranslation("projects.export.geojson"));
        geoJson.setId("export-geojson");
        HorizontalLayout filters = new HorizontalLayout(title, dimension, status, partner, csv, geoJson);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        grid.addColumn(p -> p.data().title() == null
                        ? getTranslation("projects.public.confidential")
                        : p.data().title())
                .setHeader(getTranslation("projects.title"))
                .setFlexGrow(3);
        grid.addColumn(Project::placeName)
                .setHeader(getTranslation("projects.place"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.data().dimension().labelKey()))
                .setHeader(getTranslation("projects.dimension"))
                .setAutoWidth(true);
        grid.addColumn(p ->
                        getTranslation("projects.status." + p.data().status().name()))
                .setHeader(getTranslation("projects.status"))
                .setAutoWidth(true);
        grid.addColumn(p -> percent.format(p.data().progressPercent() / 100.0))
                .setHeader(getTranslation("projects.progress"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.data().plannedEnd() == null
                        ? ""
                        : dates.format(p.data().plannedEnd()))
                .setHeader(getTranslation("projects.planned-end"))
                .setAutoWidth(true);
        grid.addColumn(p ->
                        p.data().implementingPartner() == null ? "" : p.data().implementingPartner())
                .setHeader(getTranslation("projects.partner"))
                .setFlexGrow(2);
        grid.setId("project-grid");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                ProjectDetailView.class,
                new RouteParameters("projectId", String.valueOf(click.getItem().id())))));
        add(filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    void importFile(String fileName, byte[] content) {
        importOutcome.removeAll();
        try {
            ThreeWImportResult result = threeW.importThreeW(new ByteArrayInputStream(content), fileName);
            String done = getTranslation(
                    "projects.import.done",
                    BidiText.isolate(result.fileName()),
                    result.added(),
                    result.updated(),
                    result.unchanged());
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            Paragraph summary = new Paragraph(done);
            summary.addClassName("import-done");
            importOutcome.add(summary);
            refresh();
        } catch (InvalidInputException refused) {
            Paragraph summary = new Paragraph(getTranslation("projects.import.rejected", fileName));
            summary.addClassName("import-rejected");
            importOutcome.add(summary, ImportProblemList.of(refused, this));
        }
    }

    private interface Exporter {
        void write(ProjectFilter filter, OutputStream out) throws IOException;
    }

    /** The projects the filters show, as a file named after today. */
    private DownloadResponse download(String extension, String contentType, Exporter exporter) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exporter.write(filter, bytes);
        String fileName = fileName(extension);
        return new DownloadResponse(new ByteArrayInputStream(bytes.toByteArray()), fileName, contentType, bytes.size());
    }

    private String fileName(String extension) {
        return "projects-4w-" + LocalDate.now(clock) + "." + extension;
    }

    private void refresh() {
        ProjectFilter filter = new ProjectFilter(
                null, null, dimension.getValue(), status.getValue(), partner.getValue(), null, title.getValue());
        this.filter = filter;
        grid.setItems(
                query -> projects.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> projects.count(filter));
    }

    @Override
    public String pageHeading() {
        return getTranslation("projects.list.title");
    }
}
