package org.reintegration.portal.outcome.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.outcome.CommunityOutcome;
import org.reintegration.portal.outcome.OutcomeExport;
import org.reintegration.portal.outcome.OutcomeService;
import org.reintegration.portal.outcome.SchemeService;
import org.reintegration.portal.outcome.ScoreKind;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;

/**
 * The programme view of reintegration outcomes: the communities the reader may see, by score and by change since
 * their projects started (or since their first survey), filterable by score, area and quarter, with the HXL export
 * of every figure the reader may see. Small groups are suppressed for everyone.
 */
@Route("outcomes")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class OutcomeListView extends VerticalLayout implements HasPageHeading {

    private final OutcomeService outcomes;
    final Select<ScoreKind> kind = new Select<>();
    final ComboBox<AdminArea> area = new ComboBox<>();
    final Select<LocalDate> quarter = new Select<>();
    final Grid<CommunityOutcome> grid = new Grid<>();
    final Paragraph scheme = new Paragraph();

    public OutcomeListView(
            OutcomeService outcomes,
            SchemeService schemes,
            OutcomeExport export,
            AdminAreaService areas,
            CurrentUser user,
            Clock clock) {
        this.outcomes = outcomes;
        setWidthFull();
        Locale locale = getLocale();
        scheme.setId("outcome-scheme");
        schemes.appliedScheme()
                .ifPresentOrElse(
                        s -> scheme.setText(ScoreText.scheme(this, s)),
                        () -> scheme.setText(getTranslation("outcome.scheme.none")));

        kind.setId("outcome-kind");
        kind.setLabel(getTranslation("outcome.map.score"));
        kind.setItems(ScoreKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(ScoreKind.COMPOSITE);
        area.setId("outcome-area");
        area.setLabel(getTranslation("kobo.col.area"));
        List<AdminArea> all = new ArrayList<>(areas.listAreas(1));
        all.addAll(areas.listAreas(2));
        area.setItems(all.stream().filter(a -> !"".equals(a.pcode().value())).toList());
        area.setItemLabelGenerator(
                a -> BidiText.isolate(a.nameIn(locale)) + " (" + a.pcode().value() + ")");
        area.setClearButtonVisible(true);
        quarter.setId("outcome-quarter");
        quarter.setLabel(getTranslation("outcome.col.quarter"));
        quarter.setEmptySelectionAllowed(true);
        quarter.setEmptySelectionCaption(getTranslation("outcome.quarter.latest"));
        quarter.setItems(outcomes.quarters());
        quarter.setItemLabelGenerator(
                q -> q == null ? getTranslation("outcome.quarter.latest") : ScoreText.quarter(this, q));
        kind.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        quarter.addValueChangeListener(e -> refresh());

        Anchor hxl = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                        export.write(out);
                    }
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes.toByteArray()),
                            "reintegration-scores-" + LocalDate.now(clock) + ".csv",
                            "text/csv;charset=UTF-8",
                            bytes.size());
                }),
                getTranslation("outcome.export.hxl"));
        hxl.setId("outcome-export");
        HorizontalLayout filters = new HorizontalLayout(kind, area, quarter, hxl);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (user.hasRole(Role.STAFF)) {
            filters.add(new Anchor("outcomes/import", getTranslation("outcome.import.title")));
        }
        filters.add(new Anchor("outcomes/scheme", getTranslation("outcome.scheme.open")));

        grid.setId("outcome-list");
        grid.addComponentColumn(c -> new Anchor(
                        "communities/" + c.community().id(), c.community().name()))
                .setHeader(getTranslation("kobo.col.community"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(c -> c.community().area().value())
                .setHeader(getTranslation("kobo.col.area"))
                .setAutoWidth(true);
        grid.addColumn(c -> ScoreText.quarter(this, c.latest().quarter()))
                .setHeader(getTranslation("outcome.col.quarter"))
                .setAutoWidth(true);
        grid.addColumn(c -> ScoreText.respondents(this, locale, c.latest().respondents()))
                .setHeader(getTranslation("outcome.col.respondents"))
                .setAutoWidth(true);
        grid.addColumn(c -> ScoreText.mean(locale, c.latest(), kind()))
                .setHeader(getTranslation("outcome.col.score"))
                .setAutoWidth(true);
        grid.addColumn(c -> ScoreText.change(locale, c.change(kind())))
                .setHeader(getTranslation("outcome.col.change"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.baseline() == null
                        ? "–"
                        : ScoreText.quarter(this, c.baseline().quarter()))
                .setHeader(getTranslation("outcome.col.baseline"))
                .setAutoWidth(true);
        grid.addColumn(c -> ScoreText.percent(locale, c.latest().share(ScoreKind.COMPOSITE)))
                .setHeader(getTranslation("outcome.col.share"))
                .setAutoWidth(true);
        grid.setHeight("32em");
        add(scheme, filters, grid, new Paragraph(getTranslation("outcome.suppression-note")));
        refresh();
    }

    private ScoreKind kind() {
        return kind.getValue() == null ? ScoreKind.COMPOSITE : kind.getValue();
    }

    /** Highest score first; suppressed communities last, then by name. */
    void refresh() {
        List<CommunityOutcome> list = new ArrayList<>(outcomes.communities(
                area.getValue() == null ? null : area.getValue().pcode(), quarter.getValue()));
        ScoreKind k = kind();
        list.sort(Comparator.comparing(
                        (CommunityOutcome c) -> c.latest().mean(k), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(c -> c.community().name()));
        grid.setItems(list);
    }

    @Override
    public String pageHeading() {
        return getTranslation("outcome.list.title");
    }
}
