package org.reintegration.portal.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.geo.BoundaryImportResult;
import org.reintegration.portal.interop.hxl.ImportRejectedException;
import org.reintegration.portal.interop.hxl.ui.ImportProblemList;
import org.reintegration.portal.security.Role;

/** Administrators import COD-AB boundary files and look at the areas stored. */
@Route("admin/areas")
@RolesAllowed(Role.ADMIN_NAME)
public class AdminAreasView extends VerticalLayout implements HasPageHeading {

    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    private final AdminAreaService areas;
    private final Grid<AdminArea> grid = new Grid<>();
    private final RadioButtonGroup<Integer> level = new RadioButtonGroup<>();
    private final VerticalLayout importOutcome = new VerticalLayout();

    public AdminAreasView(AdminAreaService areas) {
        this.areas = areas;
        setSizeFull();
        add(new Paragraph(getTranslation("areas.import.help")));

        UI ui = UI.getCurrent();
        Upload upload = new Upload(
                UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> importFile(metadata.fileName(), bytes))));
        Localized.uploadOfOneFile(upload);
        upload.setAcceptedFileTypes(".geojson", ".json", "application/geo+json", "application/json");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setId("boundary-upload");
        importOutcome.setPadding(false);
        importOutcome.setId("import-outcome");
        add(upload, importOutcome);

        level.setLabel(getTranslation("map.level"));
        level.setItems(0, 1, 2, 3);
        level.setItemLabelGenerator(l -> "ADM" + l);
        level.addValueChangeListener(e -> refresh());
        grid.addColumn(a -> a.pcode().value())
                .setHeader(getTranslation("areas.pcode"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.nameIn(getLocale()))
                .setHeader(getTranslation("areas.name"))
                .setFlexGrow(1);
        grid.addColumn(a -> a.parent() == null ? "" : a.parent().value()).setHeader(getTranslation("areas.parent"));
        grid.addColumn(a -> a.validOn() == null ? "" : a.validOn().toString())
                .setHeader(getTranslation("areas.valid-on"));
        grid.setId("area-grid");
        add(level, grid);
        setFlexGrow(1, grid);
        level.setValue(1);
    }

    void importFile(String fileName, byte[] content) {
        importOutcome.removeAll();
        try {
            BoundaryImportResult result = areas.importBoundaries(new ByteArrayInputStream(content), fileName);
            Notification.show(getTranslation(
                            "areas.import.done",
                            BidiText.isolate(result.fileName()),
                            result.created(),
                            result.updated()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            importOutcome.add(new Paragraph(getTranslation(
                    "areas.import.done", BidiText.isolate(result.fileName()), result.created(), result.updated())));
            refresh();
        } catch (InvalidInputException e) {
            Paragraph summary = new Paragraph(getTranslation("areas.import.rejected", BidiText.isolate(fileName)));
            summary.addClassName("import-rejected");
            UnorderedList problems = new UnorderedList();
            if (e instanceof ImportRejectedException rejected) {
                ImportProblemList.show(problems, rejected.importProblems(), rejected.problemCount(), this);
            } else {
                e.problems().forEach(p -> problems.add(new ListItem(p)));
            }
            importOutcome.add(summary, problems);
        }
    }

    private void refresh() {
        if (level.getValue() != null) {
            grid.setItems(areas.listAreas(level.getValue()));
        }
    }

    @Override
    public String pageHeading() {
        return getTranslation("areas.title");
    }
}
