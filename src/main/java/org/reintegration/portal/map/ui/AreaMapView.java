package org.reintegration.portal.map.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.geo.AreaShape;
import org.reintegration.portal.map.MapSettings;
import org.reintegration.portal.map.leaflet.GeoFeature;
import org.reintegration.portal.map.leaflet.GeoJsonLayer;
import org.reintegration.portal.map.leaflet.LeafletMap;
import org.reintegration.portal.map.leaflet.PathStyle;
import org.reintegration.portal.map.leaflet.Popup;
import org.reintegration.portal.map.leaflet.TileLayer;
import org.reintegration.portal.security.Role;

/**
 * The admin areas of the programme's country on a map, for staff and (within their scopes) local
 * authorities. Later layers (returnees, tension, projects) join this page.
 */
@Route("map")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class AreaMapView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    static final String AREAS_LAYER = "admin-areas";
    private static final PathStyle AREA_STYLE = PathStyle.filled("#1565c0", "#64b5f6", 0.25);

    private final AdminAreaService areas;
    private final LeafletMap map = new LeafletMap();
    private final RadioButtonGroup<Integer> level = new RadioButtonGroup<>();
    private final Div details = new Div();
    private Map<String, AdminArea> shown = Map.of();

    public AreaMapView(AdminAreaService areas, MapSettings settings) {
        this.areas = areas;
        setSizeFull();
        setPadding(true);

        level.setLabel(getTranslation("map.level"));
        level.setItems(1, 2);
        level.setItemLabelGenerator(l -> getTranslation("map.level." + l));
        level.setId("map-level");
        level.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                showLevel(event.getValue());
                if (event.isFromClient()) {
                    getUI().ifPresent(ui -> ui.navigate(
                            AreaMapView.class, QueryParameters.of("level", String.valueOf(event.getValue()))));
                }
            }
        });

        map.setTileLayer(new TileLayer(settings.tiles(), settings.attribution(), settings.maxZoom()));
        map.setSizeFull();
        map.setScaleVisible(true);
        map.setLegend(legend());
        map.addFeatureClickListener(click -> showDetails(shown.get(click.getFeatureId())));

        details.setId("map-details");
        details.addClassName("map-details");
        details.setWidth("18em");
        details.add(new Paragraph(getTranslation("map.details.hint")));

        HorizontalLayout body = new HorizontalLayout(map, details);
        body.setSizeFull();
        body.setFlexGrow(1, map);
        body.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.STRETCH);
        add(level, body);
        setFlexGrow(1, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int requested = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("level")
                .map(v -> "2".equals(v) ? 2 : 1)
                .orElse(1);
        if (level.getValue() == null || level.getValue() != requested) {
            level.setValue(requested);
        }
    }

    private void showLevel(int adminLevel) {
        Locale locale = getLocale();
        List<AreaShape> shapes = areas.shapesForMap(adminLevel);
        shown = shapes.stream()
                .map(AreaShape::area)
                .collect(Collectors.toMap(a -> a.pcode().value(), Function.identity()));
        List<GeoFeature> features = shapes.stream()
                .map(shape -> {
                    AdminArea area = shape.area();
                    String name = area.nameIn(locale);
                    return new GeoFeature(
                            area.pcode().value(),
                            shape.geometryJson(),
                            null,
                            name,
                            new Popup(name, List.of(area.pcode().value())));
                })
                .toList();
        map.setLayer(new GeoJsonLayer(AREAS_LAYER, getTranslation("map.layer.areas"), features, AREA_STYLE));
        map.fitToLayers();
        if (shapes.isEmpty()) {
            details.removeAll();
            details.add(new Paragraph(getTranslation("map.no-areas")));
        }
    }

    private void showDetails(AdminArea area) {
        details.removeAll();
        if (area == null) {
            return;
        }
        details.add(
                new H3(area.nameIn(getLocale())),
                line("map.details.pcode", area.pcode().value()),
                line("map.details.level", "ADM" + area.level()));
        if (area.parent() != null) {
            details.add(line("map.details.parent", area.parent().value()));
        }
    }

    private Paragraph line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        return new Paragraph(label, new Span(value));
    }

    private Div legend() {
        Span swatch = new Span();
        swatch.getStyle()
                .set("display", "inline-block")
                .set("width", "1em")
                .set("height", "1em")
                .set("background", "#64b5f6")
                .set("border", "2px solid #1565c0")
                .set("margin-inline-end", "0.4em");
        Div legend = new Div(swatch, new Span(getTranslation("map.legend.areas")));
        legend.addClassName("map-legend");
        return legend;
    }

    RadioButtonGroup<Integer> level() {
        return level;
    }

    @Override
    public String pageHeading() {
        return getTranslation("map.title");
    }
}
