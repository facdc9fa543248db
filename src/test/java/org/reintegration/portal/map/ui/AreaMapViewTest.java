package org.reintegration.portal.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.map.leaflet.FeatureClickEvent;
import org.reintegration.portal.map.leaflet.GeoFeature;
import org.reintegration.portal.map.leaflet.GeoJsonLayer;
import org.reintegration.portal.map.leaflet.LeafletMap;
import org.springframework.security.test.context.support.WithUserDetails;

@PortalTest
class AreaMapViewTest extends SpringBrowserlessTest {

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
}
