package org.reintegration.portal.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.geo.GeoBounds;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.map.Classification;
import org.reintegration.portal.map.Measure;
import org.reintegration.portal.map.Place;
import org.reintegration.portal.map.leaflet.FeatureClickEvent;
import org.reintegration.portal.map.leaflet.GeoFeature;
import org.reintegration.portal.map.leaflet.GeoJsonLayer;
import org.reintegration.portal.map.leaflet.LeafletMap;
import org.reintegration.portal.map.leaflet.MapLayer;
import org.reintegration.portal.map.leaflet.MapMarker;
import org.reintegration.portal.map.leaflet.MarkerLayer;
import org.reintegration.portal.project.ProjectData;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.project.ProjectStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
class AreaMapViewTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;

    @Test
    @WithUserDetails("staff")
    void staff_see_the_eight_regions_and_switch_to_the_prefectures() {
        AreaMapView view = navigate(AreaMapView.class);

        assertThat(featureIds()).hasSize(8).contains("GN001", "GN008");

        test(view.level()).selectItem("Prefectures");

        assertThat(featureIds()).hasSize(34).contains("GN001001", "GN004005");
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_sees_only_its_region_and_its_prefectures() {
        AreaMapView view = navigate(AreaMapView.class);

        assertThat(featureIds()).containsExactly("GN004");

        test(view.level()).selectItem("Prefectures");

        assertThat(featureIds()).containsExactlyInAnyOrder("GN004001", "GN004002", "GN004003", "GN004004", "GN004005");
    }

    @Test
    @WithUserDetails("staff")
    void clicking_an_area_shows_its_details_beside_the_map() {
        navigate(AreaMapView.class);
        LeafletMap map = find(LeafletMap.class).single();

        com.vaadin.flow.component.ComponentUtil.fireEvent(
                map, new FeatureClickEvent(map, true, AreaMapView.AREAS_LAYER, "GN005", 10.0, -12.8));

        Div details = find(Div.class).withId("map-details").single();
        assertThat(find(H3.class).from(details).single().getText()).isEqualTo("Kindia");
        assertThat(details.getElement().getTextRecursively()).contains("GN005", "ADM1", "GN");
    }

    private List<String> featureIds() {
        LeafletMap map = find(LeafletMap.class).single();
        return map.getLayers().stream()
                .filter(layer -> layer.id().equals(AreaMapView.AREAS_LAYER))
                .map(GeoJsonLayer.class::cast)
                .flatMap(layer -> layer.features().stream())
                .map(GeoFeature::id)
                .toList();
    }

    @Test
    @WithUserDetails("staff")
    void the_layers_control_shows_communities_and_hides_projects() {
        AreaMapView view = navigate(AreaMapView.class);
        LeafletMap map = find(LeafletMap.class).single();
        assertThat(map.isLayerVisible("projects")).isTrue();
        assertThat(map.isLayerVisible("communities")).isFalse();
        assertThat(((MarkerLayer) map.getLayer("communities").orElseThrow()).markers())
                .as("nothing is read or sent for a layer never shown")
                .isEmpty();

        test(view.top.layers).deselectItem("Projects");
        test(view.top.layers).selectItem("Communities (tension)");

        assertThat(map.isLayerVisible("projects")).isFalse();
        assertThat(map.isLayerVisible("communities")).isTrue();
        MarkerLayer communities = (MarkerLayer) map.getLayer("communities").orElseThrow();
        assertThat(communities.markers()).hasSizeGreaterThan(40).allMatch(m -> m.id().startsWith("c-"));
        assertThat(find(Div.class).withId("map-legend").single().getElement().getTextRecursively())
                .contains("Communities by current tension", "High")
                .doesNotContain("colour by status");
    }

    @Test
    @WithUserDetails("staff")
    void a_layer_switched_off_and_on_again_shows_what_the_page_holds_and_a_new_filter_reads_again() {
        AreaMapView view = navigate(AreaMapView.class);
        LeafletMap map = find(LeafletMap.class).single();
        MapLayer projects = map.getLayer("projects").orElseThrow();

        test(view.top.layers).deselectItem("Projects");
        test(view.top.layers).selectItem("Projects");

        assertThat(map.isLayerVisible("projects")).isTrue();
        assertThat(map.getLayer("projects").orElseThrow()).isSameAs(projects);

        view.filters.status.setValue(ProjectStatus.COMPLETED);
        assertThat(map.getLayer("projects").orElseThrow()).isNotSameAs(projects);
        assertThat(((MarkerLayer) map.getLayer("projects").orElseThrow()).markers())
                .as("the demo projects are all ongoing")
                .isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void switching_communities_on_leaves_the_areas_and_their_periods_as_they_are() {
        AreaMapView view = navigate(AreaMapView.class);
        var periods = view.filters.period.getDataProvider();
        assertThat(view.filters.period.getValue())
                .as("the latest period, shown without one asked")
                .isNotNull();

        test(view.top.layers).selectItem("Communities (tension)");

        assertThat(view.filters.period.getDataProvider())
                .as("the periods were not read and sent again")
                .isSameAs(periods);
        assertThat(find(LeafletMap.class).single().isLayerVisible("communities"))
                .isTrue();
    }

    @Test
    @WithUserDetails("staff")
    void projects_stay_stacked_above_communities_switched_on_after_them() {
        AreaMapView view = navigate(AreaMapView.class);
        LeafletMap map = find(LeafletMap.class).single();

        test(view.top.layers).selectItem("Communities (tension)");

        List<String> order = map.getLayers().stream().map(l -> l.id()).toList();
        assertThat(order.indexOf("projects")).isGreaterThan(order.indexOf("communities"));
    }

    @Test
    @WithUserDetails("staff")
    void a_shared_link_restores_layers_filters_and_settings() {
        UI.getCurrent()
                .navigate(
                        AreaMapView.class,
                        QueryParameters.fromString("layers=returnees,projects,gaps&level=2&measure=per_thousand"
                                + "&classes=natural_breaks&status=completed&tension=medium&share=5"));
        AreaMapView view = (AreaMapView) getCurrentView();

        assertThat(view.top.layers.getValue())
                .containsExactlyInAnyOrder(MapLayerKind.RETURNEES, MapLayerKind.PROJECTS, MapLayerKind.GAPS);
        assertThat(view.filters.level.getValue()).isEqualTo(2);
        assertThat(view.filters.measure.getValue()).isEqualTo(Measure.PER_THOUSAND);
        assertThat(view.filters.classification.getValue()).isEqualTo(Classification.NATURAL_BREAKS);
        assertThat(view.filters.status.getValue()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(view.filters.gapTension.getValue()).isEqualTo(TensionLevel.MEDIUM);
        assertThat(view.filters.gapShare.getValue()).isEqualTo(5);
        assertThat(featureIds()).hasSize(34);
        // the demo projects are all ongoing
        assertThat(((MarkerLayer) find(LeafletMap.class)
                                .single()
                                .getLayer("projects")
                                .orElseThrow())
                        .markers())
                .isEmpty();
        assertThat(find(Div.class).withId("map-legend").single().getElement().getTextRecursively())
                .contains("Returnees per 1,000 inhabitants", "Fewer than 5", "natural breaks", "Medium or higher");
    }

    @Test
    @WithUserDetails("staff")
    @Transactional
    void a_project_name_with_markup_shows_as_text_in_the_tooltip_and_the_side_panel() {
        String name = "<img src=x onerror=alert(1)>";
        long id = projects.create(new ProjectData(
                        "XSS-1",
                        null,
                        PCode.of("GN004001"),
                        null,
                        Dimension.SOCIAL,
                        null,
                        null,
                        name,
                        null,
                        null,
                        null,
                        ProjectStatus.PLANNED,
                        null,
                        null,
                        null,
                        null,
                        0,
                        false,
                        new LatLon(10.38, -9.3),
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .id();
        navigate(AreaMapView.class);
        LeafletMap map = find(LeafletMap.class).single();
        MapMarker marker = ((MarkerLayer) map.getLayer("projects").orElseThrow())
                .markers().stream()
                        .filter(m -> m.id().equals("p-" + id))
                        .findFirst()
                        .orElseThrow();
        // the name is isolated from what follows it, so direction marks in it cannot turn the rest around
        assertThat(marker.tooltip()).startsWith("\u2068" + name + "\u2069");

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, "projects", "p-" + id, 10.38, -9.3));

        Div details = find(Div.class).withId("map-details").single();
        assertThat(find(H3.class).from(details).single().getText()).isEqualTo(name);
        assertThat(find(Html.class).from(details).all()).isEmpty();
        assertThat(find(Anchor.class).withId("map-details-link").single().getHref())
                .isEqualTo("projects/" + id);
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_opens_a_project_of_its_region_from_the_map() {
        navigate(AreaMapView.class);
        LeafletMap map = find(LeafletMap.class).single();
        List<MapMarker> markers = ((MarkerLayer) map.getLayer("projects").orElseThrow()).markers();
        assertThat(markers).isNotEmpty();
        MapMarker first = markers.getFirst();

        ComponentUtil.fireEvent(
                map, new FeatureClickEvent(map, true, "projects", first.id(), first.lat(), first.lon()));

        Div details = find(Div.class).withId("map-details").single();
        assertThat(details.getElement().getTextRecursively()).contains("GN004");
        assertThat(find(Anchor.class).withId("map-details-link").single().getHref())
                .isEqualTo("projects/" + first.id().substring(2));
    }

    @Test
    @WithUserDetails("staff")
    void finding_a_place_shows_it_beside_the_map() {
        AreaMapView view = navigate(AreaMapView.class);

        Place kindia = new Place(Place.Kind.AREA, "GN005", "Kindia", "", new GeoBounds(9.5, -13.5, 10.9, -12.2));
        view.top.search.setValue(kindia);

        assertThat(find(H3.class).from(view.details()).single().getText()).isEqualTo("Kindia");
        assertThat(view.details().getElement().getTextRecursively()).contains("Returnees");
    }
}
