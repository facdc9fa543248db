package org.reintegration.portal.returnees.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.interop.hxl.ui.ImportProblemList;
import org.reintegration.portal.returnees.AreaPopulationService;
import org.reintegration.portal.returnees.ReturneeCount;
import org.reintegration.portal.returnees.ReturneeCountService;
import org.reintegration.portal.returnees.ReturneeImportResult;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.security.SmallCounts;

/**
 * Returnee counts over time in the areas the user may see, filtered by area (with everything below
 * it). Staff import HXL tables of counts and correct a count with a reason (its corrections listed with it);
 * local authorities read, with small counts shown as "<5".
 */
@Route("returnees")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class ReturneeCountsView extends VerticalLayout implements HasPageHeading {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final ReturneeCountService counts;
    final ComboBox<AdminArea> area = new ComboBox<>();
    final Grid<ReturneeCount> grid = new Grid<>();
    final VerticalLayout importOutcome = new VerticalLayout();
    final VerticalLayout populationOutcome = new VerticalLayout();
    private final AreaPopulationService populations;
    private final Map<PCode, AdminArea> areasByCode;

    public ReturneeCountsView(
            ReturneeCountService counts,
            AreaPopulationService populations,
            AdminAreaService areas,
            CurrentUser currentUser) {
        this.counts = counts;
        this.populations = populations;
        setSizeFull();
        List<AdminArea> areaChoices = new ArrayList<>();
        for (int level = 1; level <= 3; level++) {
            areaChoices.addAll(areas.listAreas(level));
        }
        areasByCode =
                areaChoices.stream().collect(Collectors.toMap(AdminArea::pcode, Function.identity(), (a, b) -> a));

        if (currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN)) {
            add(new Paragraph(getTranslation("returnees.import.help")));
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.inMemory(
                    (metadata, bytes) -> ui.access(() -> importFile(metadata.fileName(), bytes))));
            Localized.uploadOfOneFile(upload);
            upload.setAcceptedFileTypes(".csv", "text/csv");
            upload.setMaxFileSize(MAX_FILE_BYTES);
            upload.setId("returnee-upload");
            importOutcome.setPadding(false);
            importOutcome.setId("returnee-import-outcome");
            add(upload, importOutcome);

            add(new Paragraph(getTranslation("returnees.population.help")));
            Upload populationUpload = new Upload(UploadHandler.inMemory(
                    (metadata, bytes) -> ui.access(() -> importPopulation(metadata.fileName(), bytes))));
            Localized.uploadOfOneFile(populationUpload);
            populationUpload.setAcceptedFileTypes(".csv", "text/csv");
            populationUpload.setMaxFileSize(MAX_FILE_BYTES);
            populationUpload.setId("population-upload");
            populationOutcome.setPadding(false);
            populationOutcome.setId("population-import-outcome");
            add(populationUpload, populationOutcome);
        }

        area.setLabel(getTranslation("returnees.filter.area"));
        area.setItems(areaChoices);
        area.setItemLabelGenerator(a -> a.pcode().value() + " " + a.nameIn(getLocale()));
        area.setClearButtonVisible(true);
        area.setId("returnee-area-filter");
        area.addValueChangeListener(e -> refresh());

        grid.addColumn(c -> areaLabel(c.data().area()))
                .setHeader(getTranslation("returnees.area"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.data().periodEnd().toString())
                .setHeader(getTranslation("returnees.reported-on"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.data().periodLabel()).setHeader(getTranslation("returnees.period"));
        grid.addColumn(c -> SmallCounts.text(c.data().individuals()))
                .setHeader(getTranslation("returnees.individuals"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.data().source())
                .setHeader(getTranslation("returnees.source"))
                .setFlexGrow(1);
        if (currentUser.hasRole(Role.STAFF)) {
            grid.addComponentColumn(c -> {
                        Button correct =
                                new Button(getTranslation("returnees.correction.open"), click -> new CorrectCountDialog(
                                                counts, c, areaLabel(c.data().area()), this::refresh)
                                        .open());
                        correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                        correct.setId("correct-count-" + c.id());
                        return correct;
                    })
                    .setHeader(getTranslation("returnees.correction.column"))
                    .setAutoWidth(true);
        }
        grid.setId("returnee-grid");
        add(area, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    void importFile(String fileName, byte[] content) {
        showOutcome(importOutcome, fileName, () -> counts.importHxl(new ByteArrayInputStream(content), fileName));
    }

    void importPopulation(String fileName, byte[] content) {
        showOutcome(
                populationOutcome, fileName, () -> populations.importHxl(new ByteArrayInputStream(content), fileName));
    }

    private void showOutcome(VerticalLayout outcome, String fileName, Supplier<ReturneeImportResult> importer) {
        outcome.removeAll();
        try {
            ReturneeImportResult result = importer.get();
            String done = getTranslation(
                    "returnees.import.done",
                    BidiText.isolate(result.fileName()),
                    result.added(),
                    result.alreadyPresent());
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            Paragraph summary = new Paragraph(done);
            summary.addClassName("import-done");
            outcome.add(summary);
            refresh();
        } catch (InvalidInputException e) {
            Paragraph summary = new Paragraph(getTranslation("returnees.import.rejected", fileName));
            summary.addClassName("import-rejected");
            outcome.add(summary, ImportProblemList.of(e, this));
        }
    }

    private void refresh() {
        grid.setItems(counts.countsFor(
                area.getValue() == null ? null : area.getValue().pcode()));
    }

    private String areaLabel(PCode pcode) {
        AdminArea known = areasByCode.get(pcode);
        return known == null ? pcode.value() : pcode.value() + " " + known.nameIn(getLocale());
    }

    @Override
    public String pageHeading() {
        return getTranslation("returnees.title");
    }
}
