package org.reintegration.portal.map.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.community.CommunityPoint;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AreaShape;
import org.reintegration.portal.geo.GeoBounds;
import org.reintegration.portal.map.AreaValue;
import org.reintegration.portal.map.Choropleth;
import org.reintegration.portal.map.GapThresholds;
import org.reintegration.portal.map.MapService;
import org.reintegration.portal.map.MapSettings;
import org.reintegration.portal.map.Place;
import org.reintegration.portal.map.leaflet.Bounds;
import org.reintegration.portal.map.leaflet.FeatureClickEvent;
import org.reintegration.portal.map.leaflet.LeafletMap;
import org.reintegration.portal.map.leaflet.MapViewChangeEvent;
import org.reintegration.portal.map.leaflet.TileLayer;
import org.reintegration.portal.project.ProjectExport;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectPoint;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.selection.round.RoundService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The programme on a map, for staff and (within their area scopes) local authorities: returnee concentration per
 * admin area, communities by tension, projects by dimension and status, and the places where support is missing.
 * Clicking anything shows it beside the map with a link to its page; the whole view lives in the URL, so a link
 * shows the same map to a colleague. Its parts: the bar above the map ({@link MapTopBar}), the settings beside it
 * ({@link MapFilters}), the areas' layer ({@link AreaLayer}), the marker layers ({@link MapMarkers}), the details of what was clicked ({@link
 * MapDetails}) and the legend ({@link MapLegend}).
 */
@Route("map")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class AreaMapView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    static final String AREAS_LAYER = AreaLayer.ID;

    private final MapService maps;
    private final LeafletMap map = new LeafletMap();
    private final MapLegend legend = new MapLegend();
    private final MapDetails details = new MapDetails();
    private final MapMarkers markers = new MapMarkers(details);
    private final AreaLayer areaLayer = new AreaLayer(details);
    /** Layers other capabilities add (reintegration scores): drawn by them, placed here. */
    private final List<MapOverlay> overlays;

    final MapTopBar top;
    final MapFilters filters;

    private volatile MapState state = MapState.DEFAULT;
    /** Set while controls are filled from the state, so that their change events do not refresh the map. */
    private boolean applying;

    /** The simplification of the outlines drawn. */
    private double drawnTolerance = -1;

    private Choropleth choropleth;
    private Map<String, AdminArea> areas = Map.of();
    private Map<String, AreaValue> values = Map.of();
    /**
     * What each marker layer was last drawn from, by id, and for which filter ({@code null} for communities): a
     * layer switched off is only hidden, and switched on again it shows what it held unless its filter changed.
     */
    private Map<Long, CommunityPoint> communities;

    private Map<Long, ProjectPoint> projects;
    private ProjectFilter projectsFilter;
    private Map<Long, CommunityPoint> gaps;
    private GapThresholds gapsThresholds;

    public AreaMapView(
            MapService maps,
            MapSettings settings,
            RoundService rounds,
            ProjectExport export,
            Clock clock,
            ObjectProvider<MapOverlay> overlays) {
        this.maps = maps;
        this.overlays = overlays.orderedStream().toList();
        setSizeFull();
        setPadding(true);
        setSpacing(false);

        map.setTileLayer(new TileLayer(settings.tiles(), settings.attribution(), settings.maxZoom()));
        map.setSizeFull();
        map.setScaleVisible(true);
        map.setZoomTitles(getTranslation("map.zoom-in"), getTranslation("map.zoom-out"));
        map.addFeatureClickListener(this::showDetails);
        map.addViewChangeListener(this::viewChanged);
        // Marker layers stack in the order they were first set: projects and gaps lie above communities, so that a
        // community dot never hides a project cluster, whichever is switched on first.
        for (MapLayerKind kind : List.of(MapLayerKind.COMMUNITIES, MapLayerKind.PROJECTS, MapLayerKind.GAPS)) {
            map.setLayer(markers.empty(kind));
            map.setLayerVisible(kind.layerId(), false);
        }

        top = new MapTopBar(maps, export, clock, () -> state.projectFilter(), this::goTo);
        onChange(top.layers);
        filters = new MapFilters(rounds);
        filters.fields().forEach(this::onChange);
        this.overlays.forEach(overlay -> filters.add(overlay.controls(() -> {
            overlay.draw(map, state.level(), state.classification());
            publishState();
        })));

        // The legend sits beside the map rather than on it, so that it never hides what it explains. The filters
        // sit there too (below the map on a narrow screen): opening them never pushes the map down.
        Div side = new Div(filters, details, legend);
        this.overlays.forEach(overlay -> side.add(overlay.legend()));
        side.addClassName("map-side");
        side.setWidth("20em");
        HorizontalLayout body = new HorizontalLayout(map, side);
        body.addClassName("map-body");
        body.setSizeFull();
        body.setFlexGrow(1, map);
        body.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.STRETCH);
        addClassName("map-view");
        add(top, body);
        setFlexGrow(1, body);
    }

    private void onChange(HasValue<?, ?> field) {
        field.addValueChangeListener(event -> {
            if (!applying) {
                MapState before = state;
                state = filters.read(state, top.layers.getValue());
                redraw(before);
                publishState();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = MapState.fromQuery(event.getLocation().getQueryParameters().getParameters());
        // an address opened (again) reads every layer afresh
        communities = null;
        projects = null;
        gaps = null;
        overlays.forEach(overlay ->
                overlay.fromQuery(event.getLocation().getQueryParameters().getParameters()));
        applying = true;
        try {
            top.layers.setValue(state.layers());
            filters.show(state);
        } finally {
            applying = false;
        }
        redraw(null);
        if (state.lat() != null) {
            map.setView(state.lat(), state.lon(), state.zoom());
        } else {
            maps.scopeBounds()
                    .map(b -> new Bounds(b.south(), b.west(), b.north(), b.east()))
                    .ifPresentOrElse(map::fitBounds, map::fitToLayers);
        }
    }

    /** Redraws what differs from the state drawn before ({@code null}: everything). */
    private void redraw(MapState before) {
        MapState now = state;
        boolean all = before == null;
        if (all
                || before.level() != now.level()
                || before.measure() != now.measure()
                || before.classification() != now.classification()
                || !Objects.equals(before.periodShown(choropleth), now.periodShown(choropleth))
                || before.shows(MapLayerKind.RETURNEES) != now.shows(MapLayerKind.RETURNEES)) {
            drawAreas();
        }
        // the communities read for their own layer serve the gap layer too
        List<CommunityPoint> read = null;
        if (all || before.shows(MapLayerKind.COMMUNITIES) != now.shows(MapLayerKind.COMMUNITIES)) {
            read = drawCommunities();
        }
        if (all
                || before.shows(MapLayerKind.PROJECTS) != now.shows(MapLayerKind.PROJECTS)
                || !before.projectFilter().equals(now.projectFilter())) {
            drawProjects();
        }
        if (all
                || before.shows(MapLayerKind.GAPS) != now.shows(MapLayerKind.GAPS)
                || !before.gapThresholds().equals(now.gapThresholds())) {
            drawGaps(read);
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
            filters.showPeriods(choropleth);
        } finally {
            applying = false;
        }
        values = choropleth.values().stream()
                .collect(Collectors.toMap(v -> v.area().value(), Function.identity()));
        drawnTolerance = MapService.toleranceForZoom(zoomShown());
        drawShapes(maps.shapes(state.level(), zoomShown()));
    }

    private void drawShapes(List<AreaShape> shapes) {
        areas = shapes.stream()
                .map(AreaShape::area)
                .collect(Collectors.toMap(a -> a.pcode().value(), Function.identity()));
        map.setLayer(areaLayer.of(shapes, values, state.shows(MapLayerKind.RETURNEES), state.measure(), getLocale()));
        if (shapes.isEmpty()) {
            details.removeAll();
            details.add(new Paragraph(getTranslation("map.no-areas")));
        }
    }

    /** @return the communities read, or null when none were */
    private List<CommunityPoint> drawCommunities() {
        boolean shown = state.shows(MapLayerKind.COMMUNITIES);
        List<CommunityPoint> read = null;
        if (shown && communities == null) {
            read = maps.communities();
            communities = byId(read, CommunityPoint::id);
            map.setLayer(markers.communities(read));
        }
        map.setLayerVisible(MapLayerKind.COMMUNITIES.layerId(), shown);
        return read;
    }

    private void drawProjects() {
        boolean shown = state.shows(MapLayerKind.PROJECTS);
        ProjectFilter filter = state.projectFilter();
        if (shown && (projects == null || !filter.equals(projectsFilter))) {
            List<ProjectPoint> points = maps.projects(filter);
            projects = byId(points, ProjectPoint::id);
            projectsFilter = filter;
            map.setLayer(markers.projects(points));
        }
        map.setLayerVisible(MapLayerKind.PROJECTS.layerId(), shown);
    }

    /** @param read the communities just read for their own layer, or null */
    private void drawGaps(List<CommunityPoint> read) {
        boolean shown = state.shows(MapLayerKind.GAPS);
        GapThresholds thresholds = state.gapThresholds();
        if (shown && (gaps == null || !thresholds.equals(gapsThresholds))) {
            List<CommunityPoint> points = read == null ? maps.gaps(thresholds) : maps.gaps(thresholds, read);
            gaps = byId(points, CommunityPoint::id);
            gapsThresholds = thresholds;
            map.setLayer(markers.gaps(points));
        }
        map.setLayerVisible(MapLayerKind.GAPS.layerId(), shown);
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
        Map<String, List<String>> query = new LinkedHashMap<>(state.toQuery());
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
        CommunityPoint known = communities == null ? null : communities.get(id);
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
            case 'c' -> shown(communities, key, details::showCommunity);
            case 'p' -> shown(projects, key, details::showProject);
            case 'g' -> shown(gaps, key, details::showGap);
            default -> {}
        }
    }

    private static <T> void shown(Map<Long, T> drawn, long key, Consumer<T> show) {
        if (drawn != null && drawn.containsKey(key)) {
            show.accept(drawn.get(key));
        }
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        Map<Long, T> byId = new HashMap<>();
        items.forEach(item -> byId.put(id.apply(item), item));
        return byId;
    }

    RadioButtonGroup<Integer> level() {
        return filters.level;
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
