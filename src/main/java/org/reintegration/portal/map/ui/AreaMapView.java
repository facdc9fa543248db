package org.reintegration.portal.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.community.CommunityPoint;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AreaShape;
import org.reintegration.portal.geo.GeoBounds;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.map.AreaValue;
import org.reintegration.portal.map.Choropleth;
import org.reintegration.portal.map.Classification;
import org.reintegration.portal.map.MapService;
import org.reintegration.portal.map.MapSettings;
import org.reintegration.portal.map.Measure;
import org.reintegration.portal.map.Period;
import org.reintegration.portal.map.Place;
import org.reintegration.portal.map.leaflet.Bounds;
import org.reintegration.portal.map.leaflet.FeatureClickEvent;
import org.reintegration.portal.map.leaflet.GeoFeature;
import org.reintegration.portal.map.leaflet.GeoJsonLayer;
import org.reintegration.portal.map.leaflet.LeafletMap;
import org.reintegration.portal.map.leaflet.MapMarker;
import org.reintegration.portal.map.leaflet.MapViewChangeEvent;
import org.reintegration.portal.map.leaflet.MarkerLayer;
import org.reintegration.portal.map.leaflet.PathStyle;
import org.reintegration.portal.map.leaflet.TileLayer;
import org.reintegration.portal.project.ProjectExport;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectPoint;
import org.reintegration.portal.project.ProjectStatus;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.selection.round.RoundService;
import org.reintegration.portal.selection.round.SelectionRound;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The programme on a map, for staff and (within their area scopes) local authorities: returnee concentration per
 * admin area, communities by tension, projects by dimension and status, and the places where support is missing.
 * Clicking anything shows it beside the map with a link to its page; the whole view lives in the URL, so a link
 * shows the same map to a colleague.
 */
@Route("map")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class AreaMapView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    static final String AREAS_LAYER = "admin-areas";
    /** From this many markers on, a layer is clustered. */
    private static final int CLUSTER_FROM = 150;

    private final MapService maps;
    private final ProjectExport export;
    private final Clock clock;
    private final LeafletMap map = new LeafletMap();
    private final MapLegend legend = new MapLegend();
    private final MapDetails details = new MapDetails();
    /** Layers other capabilities add (reintegration scores): drawn by them, placed here. */
    private final List<MapOverlay> overlays;

    final ComboBox<Place> search = new ComboBox<>();
    final CheckboxGroup<MapLayerKind> layers = new CheckboxGroup<>();
    final RadioButtonGroup<Integer> level = new RadioButtonGroup<>();
    final Select<Measure> measure = new Select<>();
    final Select<Period> period = new Select<>();
    final Select<Classification> classification = new Select<>();
    final Select<Dimension> dimension = new Select<>();
    final Select<InitiativeType> type = new Select<>();
    final Select<ProjectStatus> status = new Select<>();
    final ComboBox<SelectionRound> round = new ComboBox<>();
    final TextField partner = new TextField();
    final DatePicker from = Localized.datePicker(new DatePicker());
    final DatePicker to = Localized.datePicker(new DatePicker());
    final Select<TensionLevel> gapTension = new Select<>();
    final IntegerField gapShare = new IntegerField();

    private volatile MapState state = MapState.DEFAULT;
    /** Set while controls are filled from the state, so that their change events do not refresh the map. */
    private boolean applying;

    /** The simplification of the outlines drawn. */
    private double drawnTolerance = -1;

    private Choropleth choropleth;
    private Map<String, AdminArea> areas = Map.of();
    private Map<String, AreaValue> values = Map.of();
    private Map<Long, CommunityPoint> communities = Map.of();
    private Map<Long, ProjectPoint> projects = Map.of();
    private Map<Long, CommunityPoint> gaps = Map.of();

    public AreaMapView(
            MapService maps,
            MapSettings settings,
            RoundService rounds,
            ProjectExport export,
            Clock clock,
            ObjectProvider<MapOverlay> overlays) {
        this.maps = maps;
        this.overlays = overlays.orderedStream().toList();
        this.export = export;
        this.clock = clock;
        setSizeFull();
        setPadding(true);
        setSpacing(false);

        map.setTileLayer(new TileLayer(settings.tiles(), settings.attribution(), settings.maxZoom()));
        map.setSizeFull();
        map.setScaleVisible(true);
        map.setZoomTitles(getTranslation("map.zoom-in"), getTranslation("map.zoom-out"));
        map.addFeatureClickListener(this::showDetails);
        map.addViewChangeListener(this::viewChanged);

        // The legend sits beside the map rather than on it, so that it never hides what it explains. The filters
        // sit there too (below the map on a narrow screen): opening them never pushes the map down.
        Div side = new Div(settingsBar(rounds), details, legend);
        this.overlays.forEach(overlay -> side.add(overlay.legend()));
        side.addClassName("map-side");
        side.setWidth("20em");
        HorizontalLayout body = new HorizontalLayout(map, side);
        body.addClassName("map-body");
        body.setSizeFull();
        body.setFlexGrow(1, map);
        body.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.STRETCH);
        addClassName("map-view");
        add(topBar(), body);
        setFlexGrow(1, body);
    }

    private Component topBar() {
        search.setId("map-search");
        search.setPlaceholder(getTranslation("map.search.placeholder"));
        search.setAriaLabel(getTranslation("map.search"));
        search.setWidth("18em");
        search.setItems(query -> maps.search(query.getFilter().orElse(""), getLocale(), 20).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
        search.setItemLabelGenerator(place -> place.context().isEmpty()
                ? BidiText.isolate(place.name())
                : BidiText.isolate(place.name()) + " — " + BidiText.isolate(place.context()));
        search.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                goTo(event.getValue());
            }
        });

        layers.setId("map-layers");
        layers.setLabel(getTranslation("map.layers"));
        layers.setItems(MapLayerKind.values());
        layers.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));
        onChange(layers);

        java.util.Locale locale = getLocale();
        Anchor csv = exportLink(
                "map-export-4w",
                "projects.export.4w",
                "csv",
                "text/csv;charset=UTF-8",
                (filter, out) -> export.writeCsv(filter, locale, out));
        Anchor geoJson = exportLink(
                "map-export-geojson",
                "projects.export.geojson",
                "geojson",
                "application/geo+json",
                export::writeGeoJson);
        HorizontalLayout bar = new HorizontalLayout(search, layers, csv, geoJson);
        bar.addClassName("map-controls");
        bar.setWidthFull();
        return bar;
    }

    private Component settingsBar(RoundService rounds) {
        level.setId("map-level");
        level.setLabel(getTranslation("map.level"));
        level.setItems(1, 2);
        level.setItemLabelGenerator(l -> getTranslation("map.level." + l));
        measure.setId("map-measure");
        measure.setLabel(getTranslation("map.measure"));
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(m -> getTranslation("map.measure." + m.name()));
        period.setId("map-period");
        period.setLabel(getTranslation("map.period"));
        period.setItemLabelGenerator(p -> BidiText.isolate(p.label()) + " (" + p.end() + ")");
        classification.setId("map-classes");
        classification.setLabel(getTranslation("map.classes"));
        classification.setItems(Classification.values());
        classification.setItemLabelGenerator(c -> getTranslation("map.classes." + c.name()));
        List.of(level, measure, period, classification).forEach(this::onChange);

        dimension.setId("map-dimension");
        dimension.setLabel(getTranslation("projects.dimension"));
        dimension.setItems(Dimension.values());
        allowAny(dimension, d -> getTranslation(d.labelKey()));
        type.setId("map-type");
        type.setLabel(getTranslation("map.filter.type"));
        type.setItems(InitiativeType.values());
        allowAny(type, t -> getTranslation(t.labelKey()));
        status.setId("map-status");
        status.setLabel(getTranslation("projects.status"));
        status.setItems(ProjectStatus.values());
        allowAny(status, s -> getTranslation("projects.status." + s.name()));
        round.setId("map-round");
        round.setLabel(getTranslation("map.filter.round"));
        round.setItems(rounds.list(0, 500));
        round.setItemLabelGenerator(r -> r.data().name());
        round.setClearButtonVisible(true);
        partner.setId("map-partner");
        partner.setLabel(getTranslation("projects.partner"));
        partner.setValueChangeMode(ValueChangeMode.LAZY);
        partner.setClearButtonVisible(true);
        from.setId("map-from");
        from.setLabel(getTranslation("map.filter.from"));
        to.setId("map-to");
        to.setLabel(getTranslation("map.filter.to"));
        List.of(dimension, type, status, round, partner, from, to).forEach(this::onChange);

        gapTension.setId("map-gap-tension");
        gapTension.setLabel(getTranslation("map.gaps.tension"));
        gapTension.setItems(Arrays.stream(TensionLevel.values())
                .filter(t -> t != TensionLevel.NONE)
                .toList());
        gapTension.setItemLabelGenerator(t -> getTranslation("tension." + t.name()));
        gapShare.setId("map-gap-share");
        gapShare.setLabel(getTranslation("map.gaps.share"));
        gapShare.setMin(0);
        gapShare.setMax(100);
        gapShare.setStep(5);
        gapShare.setStepButtonsVisible(true);
        gapShare.setSuffixComponent(new Span("%"));
        gapShare.setValueChangeMode(ValueChangeMode.LAZY);
        List.of(gapTension, gapShare).forEach(this::onChange);

        Details returnees = section("map.section.returnees", level, measure, period, classification);
        Details projectFilters = section("map.section.projects", dimension, type, status, round, partner, from, to);
        Details gapSettings = section("map.section.gaps", gapTension, gapShare);
        Div bar = new Div(returnees, projectFilters, gapSettings);
        overlays.forEach(overlay -> bar.add(overlay.controls(() -> {
            overlay.draw(map, state.level(), state.classification());
            publishState();
        })));
        bar.addClassName("map-settings");
        return bar;
    }

    private Details section(String titleKey, Component... fields) {
        HorizontalLayout content = new HorizontalLayout(fields);
        content.addClassName("map-controls");
        Details section = new Details(getTranslation(titleKey), content);
        section.setId(titleKey.replace('.', '-'));
        return section;
    }

    private <T> void allowAny(Select<T> select, Function<T, String> label) {
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("map.filter.any"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("map.filter.any") : label.apply(value));
    }

    private void onChange(HasValue<?, ?> field) {
        field.addValueChangeListener(event -> {
            if (!applying) {
                MapState before = state;
                state = fromControls();
                redraw(before);
                publishState();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = MapState.fromQuery(event.getLocation().getQueryParameters().getParameters());
        overlays.forEach(overlay ->
                overlay.fromQuery(event.getLocation().getQueryParameters().getParameters()));
        showControls();
        redraw(null);
        if (state.lat() != null) {
            map.setView(state.lat(), state.lon(), state.zoom());
        } else {
            maps.scopeBounds()
                    .map(b -> new Bounds(b.south(), b.west(), b.north(), b.east()))
                    .ifPresentOrElse(map::fitBounds, map::fitToLayers);
        }
    }

    private void showControls() {
        applying = true;
        try {
            layers.setValue(state.layers());
            level.setValue(state.level());
            measure.setValue(state.measure());
            classification.setValue(state.classification());
            dimension.setValue(state.dimension());
            type.setValue(state.type());
            status.setValue(state.status());
            round.setValue(round.getListDataView()
                    .getItems()
                    .filter(r -> state.roundId() != null && r.id() == state.roundId())
                    .findFirst()
                    .orElse(null));
            partner.setValue(state.partner());
            from.setValue(state.from());
            to.setValue(state.to());
            gapTension.setValue(state.minTension());
            gapShare.setValue(state.minShare());
        } finally {
            applying = false;
        }
    }

    private MapState fromControls() {
        Integer share = gapShare.getValue();
        TensionLevel tension = gapTension.getValue();
        return new MapState(
                state.lat(),
                state.lon(),
                state.zoom(),
                layers.getValue(),
                level.getValue() == null ? 1 : level.getValue(),
                measure.getValue() == null ? Measure.ABSOLUTE : measure.getValue(),
                classification.getValue() == null ? Classification.QUANTILES : classification.getValue(),
                period.getValue() == null ? null : period.getValue().end(),
                dimension.getValue(),
                type.getValue(),
                status.getValue(),
                round.getValue() == null ? null : round.getValue().id(),
                partner.getValue(),
                from.getValue(),
                to.getValue(),
                tension == null ? MapState.DEFAULT.minTension() : tension,
                share == null ? MapState.DEFAULT.minShare() : Math.max(0, Math.min(100, share)));
    }

    /** Redraws what differs from the state drawn before ({@code null}: everything). */
    private void redraw(MapState before) {
        MapState now = state;
        boolean all = before == null;
        if (all
                || before.level() != now.level()
                || before.measure() != now.measure()
                || before.classification() != now.classification()
                || !Objects.equals(before.period(), now.period())
                || before.shows(MapLayerKind.RETURNEES) != now.shows(MapLayerKind.RETURNEES)) {
            drawAreas();
        }
        boolean communitiesAdded =
                !all && !before.shows(MapLayerKind.COMMUNITIES) && now.shows(MapLayerKind.COMMUNITIES);
        if (all || before.shows(MapLayerKind.COMMUNITIES) != now.shows(MapLayerKind.COMMUNITIES)) {
            drawCommunities();
        }
        // Marker layers stack in the order they were added; projects and gaps go back on top of communities
        // added after them, so that a community dot never hides a project cluster.
        if (communitiesAdded) {
            map.removeLayer(MapLayerKind.PROJECTS.layerId());
            map.removeLayer(MapLayerKind.GAPS.layerId());
        }
        if (all
                || communitiesAdded
                || before.shows(MapLayerKind.PROJECTS) != now.shows(MapLayerKind.PROJECTS)
                || !before.projectFilter().equals(now.projectFilter())) {
            drawProjects();
        }
        if (all
                || communitiesAdded
                || before.shows(MapLayerKind.GAPS) != now.shows(MapLayerKind.GAPS)
                || !before.gapThresholds().equals(now.gapThresholds())) {
            drawGaps();
        }
        legend.update(now, choropleth);
        if (all || before.level() != now.level() || before.classification() != now.classification()) {
            overlays.forEach(overlay -> overlay.draw(map, now.level(), now.classification()));
        }
    }

    private void drawAreas() {
        choropleth = maps.choropleth(state.level(), state.period(), state.measure(), state.classification());
        applying = true;
        try {
            period.setItems(choropleth.periods());
            period.setValue(choropleth.period());
        } finally {
            applying = false;
        }
        values = choropleth.values().stream()
                .collect(Collectors.toMap(v -> v.area().value(), Function.identity()));
        drawnTolerance = MapService.toleranceForZoom(zoomShown());
        drawShapes(maps.shapes(state.level(), zoomShown()));
    }

    private void drawShapes(List<AreaShape> shapes) {
        Locale locale = getLocale();
        areas = shapes.stream()
                .map(AreaShape::area)
                .collect(Collectors.toMap(a -> a.pcode().value(), Function.identity()));
        boolean showReturnees = state.shows(MapLayerKind.RETURNEES);
        List<GeoFeature> features = shapes.stream()
                .map(shape -> {
                    AdminArea area = shape.area();
                    AreaValue value = values.get(area.pcode().value());
                    String name = area.nameIn(locale);
                    String tooltip = showReturnees
                            ? getTranslation("label.colon", BidiText.isolate(name)) + " " + valueText(value)
                            : BidiText.isolate(name);
                    return new GeoFeature(
                            area.pcode().value(), shape.geometryJson(), areaStyle(value, showReturnees), tooltip, null);
                })
                .toList();
        map.setLayer(new GeoJsonLayer(AREAS_LAYER, getTranslation("map.layer.areas"), features, MapStyles.NO_FILL));
        if (shapes.isEmpty()) {
            details.removeAll();
            details.add(new Paragraph(getTranslation("map.no-areas")));
        }
    }

    private static PathStyle areaStyle(AreaValue value, boolean showReturnees) {
        if (!showReturnees) {
            return MapStyles.NO_FILL;
        }
        boolean hidden = value != null && (value.fewerThanFive() || value.withheld());
        if (value == null || (value.classIndex() < 0 && !hidden)) {
            return MapStyles.NO_DATA;
        }
        return hidden ? MapStyles.FEWER_THAN_FIVE : MapStyles.classStyle(value.classIndex());
    }

    private String valueText(AreaValue value) {
        if (value == null || (value.value() == null && !value.fewerThanFive() && !value.withheld())) {
            return getTranslation("map.no-data");
        }
        if (value.fewerThanFive()) {
            return getTranslation("map.legend.fewer-than-five");
        }
        if (value.withheld()) {
            return getTranslation("counts.withheld");
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return state.measure() == Measure.ABSOLUTE
                ? format.format(value.value())
                : getTranslation("map.rate", format.format(value.value()));
    }

    private void drawCommunities() {
        if (!state.shows(MapLayerKind.COMMUNITIES)) {
            map.removeLayer(MapLayerKind.COMMUNITIES.layerId());
            communities = Map.of();
            return;
        }
        List<CommunityPoint> points = maps.communities();
        communities = byId(points, CommunityPoint::id);
        List<MapMarker> markers = points.stream()
                .map(c -> new MapMarker(
                        "c-" + c.id(),
                        c.location().lat(),
                        c.location().lon(),
                        MapStyles.tensionColour(c.tension()),
                        null,
                        BidiText.isolate(c.name()) + " · " + details.tensionText(c.tension()),
                        null,
                        MapMarker.Shape.DOT))
                .toList();
        map.setLayer(new MarkerLayer(
                MapLayerKind.COMMUNITIES.layerId(),
                getTranslation(MapLayerKind.COMMUNITIES.labelKey()),
                markers,
                markers.size() >= CLUSTER_FROM));
    }

    private void drawProjects() {
        if (!state.shows(MapLayerKind.PROJECTS)) {
            map.removeLayer(MapLayerKind.PROJECTS.layerId());
            projects = Map.of();
            return;
        }
        List<ProjectPoint> points = maps.projects(state.projectFilter());
        projects = byId(points, ProjectPoint::id);
        List<MapMarker> markers = points.stream()
                .map(p -> new MapMarker(
                        "p-" + p.id(),
                        p.location().lat(),
                        p.location().lon(),
                        MapStyles.statusColour(p.status()),
                        MapStyles.dimensionSymbol(p.dimension()),
                        BidiText.isolate(details.projectTitle(p)) + " · "
                                + getTranslation("projects.status." + p.status().name()),
                        null))
                .toList();
        map.setLayer(new MarkerLayer(
                MapLayerKind.PROJECTS.layerId(), getTranslation(MapLayerKind.PROJECTS.labelKey()), markers, true));
    }

    private void drawGaps() {
        if (!state.shows(MapLayerKind.GAPS)) {
            map.removeLayer(MapLayerKind.GAPS.layerId());
            gaps = Map.of();
            return;
        }
        List<CommunityPoint> points = maps.gaps(state.gapThresholds());
        gaps = byId(points, CommunityPoint::id);
        List<MapMarker> markers = points.stream()
                .map(c -> new MapMarker(
                        "g-" + c.id(),
                        c.location().lat(),
                        c.location().lon(),
                        MapStyles.GAP_COLOUR,
                        MapStyles.GAP_SYMBOL,
                        getTranslation("map.gap.tooltip", BidiText.isolate(c.name())),
                        null))
                .toList();
        map.setLayer(new MarkerLayer(
                MapLayerKind.GAPS.layerId(),
                getTranslation(MapLayerKind.GAPS.labelKey()),
                markers,
                markers.size() >= CLUSTER_FROM));
    }

    private void viewChanged(MapViewChangeEvent event) {
        if (!isAttached()) {
            // a last report from a map being left must not turn the next page's address back into the map's
            return;
        }
        state = state.withView(event.getCenterLat(), event.getCenterLon(), event.getZoom());
        publishState();
        // outlines are sent again only when the zoom crosses a simplification step
        double tolerance = MapService.toleranceForZoom(zoomShown());
        if (tolerance != drawnTolerance) {
            drawnTolerance = tolerance;
            drawShapes(maps.shapes(state.level(), zoomShown()));
        }
    }

    /** The zoom the map shows; before the browser reports one, a country's zoom. */
    private int zoomShown() {
        return state.zoom() == null ? 6 : state.zoom();
    }

    /**
     * Writes the map's state into the address, for bookmarks and links. Straight into the browser's history, not
     * through the router: the router queues an address change behind a navigation in progress, so the answer to a
     * move the user made just before following a link from the map would be applied after that link's page
     * opened, and turn its address back into the map's. The address is replaced only while it is still the map's
     * (the user may have gone back meanwhile), and with the router's own history entry state, which it keeps.
     */
    private void publishState() {
        Map<String, List<String>> query = new java.util.LinkedHashMap<>(state.toQuery());
        overlays.forEach(overlay -> query.putAll(overlay.toQuery()));
        String address = new Location("map", new QueryParameters(query)).getPathWithQueryParameters();
        getUI().filter(ui -> ui.getCurrentView() == this).ifPresent(ui -> ui.getPage()
                .executeJs(
                        "const to = new URL($0, document.baseURI);"
                                + " if (window.location.pathname === to.pathname) {"
                                + " window.history.replaceState(window.history.state, '', to.href); }",
                        address));
    }

    private void goTo(Place place) {
        GeoBounds b = place.bounds();
        if (b == null) {
            return;
        }
        if (place.kind() == Place.Kind.COMMUNITY) {
            map.setView(b.south(), b.west(), 12);
            CommunityPoint community = communityById(Long.parseLong(place.key()));
            if (community != null) {
                details.showCommunity(community);
            }
        } else {
            map.fitBounds(new Bounds(b.south(), b.west(), b.north(), b.east()));
            AdminArea area = areas.get(place.key());
            if (area != null) {
                details.showArea(area, values.get(area.pcode().value()), choropleth);
            }
        }
    }

    private CommunityPoint communityById(long id) {
        CommunityPoint known = communities.get(id);
        if (known != null) {
            return known;
        }
        return maps.communities().stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    private void showDetails(FeatureClickEvent click) {
        String id = click.getFeatureId();
        if (overlays.stream().anyMatch(overlay -> overlay.showDetails(click, details))) {
            return;
        }
        if (AREAS_LAYER.equals(click.getLayerId())) {
            AdminArea area = areas.get(id);
            if (area != null) {
                details.showArea(area, values.get(area.pcode().value()), choropleth);
            }
            return;
        }
        long key;
        try {
            key = Long.parseLong(id.substring(2));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return;
        }
        switch (id.charAt(0)) {
            case 'c' -> {
                if (communities.containsKey(key)) {
                    details.showCommunity(communities.get(key));
                }
            }
            case 'p' -> {
                if (projects.containsKey(key)) {
                    details.showProject(projects.get(key));
                }
            }
            case 'g' -> {
                if (gaps.containsKey(key)) {
                    details.showGap(gaps.get(key));
                }
            }
            default -> {}
        }
    }

    private interface Exporter {
        void write(ProjectFilter filter, OutputStream out) throws IOException;
    }

    /** A download of the projects the map's filters show. */
    private Anchor exportLink(String id, String textKey, String extension, String contentType, Exporter exporter) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    exporter.write(state.projectFilter(), bytes);
                    String fileName = "projects-4w-" + LocalDate.now(clock) + "." + extension;
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes.toByteArray()), fileName, contentType, bytes.size());
                }),
                getTranslation(textKey));
        anchor.setId(id);
        return anchor;
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        Map<Long, T> byId = new HashMap<>();
        items.forEach(item -> byId.put(id.apply(item), item));
        return byId;
    }

    RadioButtonGroup<Integer> level() {
        return level;
    }

    MapDetails details() {
        return details;
    }

    LeafletMap map() {
        return map;
    }

    @Override
    public String pageHeading() {
        return getTranslation("map.title");
    }
}
