package org.reintegration.portal.map.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.map.MapService;
import org.reintegration.portal.map.Place;
import org.reintegration.portal.project.ProjectExport;
import org.reintegration.portal.project.ProjectFilter;

/**
 * The bar above the map: place search, the layer switches, and downloads of the projects the map's filters
 * show (4W CSV and GeoJSON).
 */
class MapTopBar extends HorizontalLayout {

    final ComboBox<Place> search = new ComboBox<>();
    final CheckboxGroup<MapLayerKind> layers = new CheckboxGroup<>();

    /**
     * @param filter the projects the map shows, read when a download starts
     * @param goTo   shows a place the user found
     */
    MapTopBar(
            MapService maps, ProjectExport export, Clock clock, Supplier<ProjectFilter> filter, Consumer<Place> goTo) {
        search.setId("map-search");
        search.setPlaceholder(getTranslation("map.search.placeholder"));
        search.setAriaLabel(getTranslation("map.search"));
        search.setWidth("18em");
        Locale locale = getLocale();
        search.setItems(query -> maps.search(query.getFilter().orElse(""), locale, 20).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
        search.setItemLabelGenerator(place -> place.context().isEmpty()
                ? BidiText.isolate(place.name())
                : BidiText.isolate(place.name()) + " — " + BidiText.isolate(place.context()));
        search.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                goTo.accept(event.getValue());
            }
        });

        layers.setId("map-layers");
        layers.setLabel(getTranslation("map.layers"));
        layers.setItems(MapLayerKind.values());
        layers.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));

        Anchor csv = exportLink(
                "map-export-4w",
                "projects.export.4w",
                "csv",
                "text/csv;charset=UTF-8",
                clock,
                filter,
                (projects, out) -> export.writeCsv(projects, locale, out));
        Anchor geoJson = exportLink(
                "map-export-geojson",
                "projects.export.geojson",
                "geojson",
                "application/geo+json",
                clock,
                filter,
                export::writeGeoJson);
        add(search, layers, csv, geoJson);
        addClassName("map-controls");
        setWidthFull();
    }

    private interface Exporter {
        void write(ProjectFilter filter, OutputStream out) throws IOException;
    }

    /** A download of the projects the map's filters show. */
    private Anchor exportLink(
            String id,
            String textKey,
            String extension,
            String contentType,
            Clock clock,
            Supplier<ProjectFilter> filter,
            Exporter exporter) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    exporter.write(filter.get(), bytes);
                    String fileName = "projects-4w-" + LocalDate.now(clock) + "." + extension;
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes.toByteArray()), fileName, contentType, bytes.size());
                }),
                getTranslation(textKey));
        anchor.setId(id);
        return anchor;
    }
}
