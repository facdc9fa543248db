package org.reintegration.portal.outcome.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.community.ui.CommunityDetailView;
import org.reintegration.portal.map.leaflet.GeoFeature;
import org.reintegration.portal.map.leaflet.GeoJsonLayer;
import org.reintegration.portal.map.leaflet.LeafletMap;
import org.reintegration.portal.map.ui.AreaMapView;
import org.reintegration.portal.outcome.CommunityOutcome;
import org.reintegration.portal.outcome.ScoreKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("staff")
class OutcomeViewsTest extends SpringBrowserlessTest {

    @Autowired
    CommunityService communities;

    static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(OutcomeViewsTest::all));
    }

    static Optional<Component> byId(Component root, String id) {
        return all(root).filter(c -> id.equals(c.getId().orElse(null))).findFirst();
    }

    @Test
    void the_programme_view_lists_communities_by_score_highest_first_and_names_the_example_scheme() {
        OutcomeListView view = navigate(OutcomeListView.class);

        List<CommunityOutcome> rows = view.grid.getListDataView().getItems().toList();
        assertThat(rows).isNotEmpty();
        List<Double> scores = rows.stream()
                .map(r -> r.latest().mean(ScoreKind.COMPOSITE))
                .filter(Objects::nonNull)
                .toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(view.scheme.getText()).contains("Scheme version 1").contains("invented weights");

        test(view.kind).selectItem("Economic");
        List<Double> economic = view.grid
                .getListDataView()
                .getItems()
                .map(r -> r.latest().mean(ScoreKind.ECONOMIC))
                .filter(Objects::nonNull)
                .toList();
        assertThat(economic).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void a_community_page_shows_its_scores_over_time_as_a_chart_and_staff_may_publish_them() {
        Community community = withFigures();

        CommunityDetailView page = navigate(CommunityDetailView.class, Map.of("communityId", "" + community.id()));

        Component section = byId(page, "community-outcomes").orElseThrow();
        Component chart = byId(section, "outcome-chart").orElseThrow();
        assertThat(chart.getChildren().findFirst().orElseThrow().getElement().getProperty("innerHTML", ""))
                .isNotNull();
        assertThat(byId(section, "outcome-grid")).isPresent();
        Checkbox publish = (Checkbox) byId(section, "outcome-publish").orElseThrow();
        assertThat(publish.getValue()).isFalse();
        test(publish).click();
        assertThat(publish.getValue()).isTrue();
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_sees_the_chart_of_its_communities_but_cannot_publish() {
        Community community = communities.list(CommunityFilter.ALL, CommunitySort.NAME, 0, 500).stream()
                .filter(c -> c.data().area().value().startsWith("GN004"))
                .findFirst()
                .orElseThrow();

        CommunityDetailView page = navigate(CommunityDetailView.class, Map.of("communityId", "" + community.id()));

        Component section = byId(page, "community-outcomes").orElseThrow();
        assertThat(byId(section, "outcome-publish")).isEmpty();
    }

    @Test
    @WithUserDetails("authority")
    void a_shared_map_link_shows_a_local_authority_the_score_layer_of_its_areas_only() {
        UI.getCurrent().navigate(AreaMapView.class, QueryParameters.fromString("scores=1&level=2"));
        AreaMapView view = (AreaMapView) getCurrentView();

        LeafletMap map = (LeafletMap)
                all(view).filter(c -> c instanceof LeafletMap).findFirst().orElseThrow();
        GeoJsonLayer layer = (GeoJsonLayer) map.getLayer("outcomes").orElseThrow();
        List<String> ids = layer.features().stream().map(GeoFeature::id).toList();
        assertThat(ids).anySatisfy(id -> assertThat(id).startsWith("oc-"));
        assertThat(ids.stream().filter(id -> id.startsWith("oa-"))).isNotEmpty().allSatisfy(id -> assertThat(id)
                .startsWith("oa-GN004"));
        assertThat(byId(view, "outcome-legend").orElseThrow().getChildren().count())
                .isGreaterThan(3);
    }

    @Test
    void the_import_view_refuses_a_file_whose_mapping_would_read_a_phone_number() {
        OutcomeImportView view = navigate(OutcomeImportView.class);
        Community c = withFigures();
        String csv = "\"today\";\"grp_place/adm2\";\"grp_place/community\";\"grp_econ/econ_satisfaction\";"
                + "\"grp_resp/phone\";\"_uuid\"\n"
                + "\"2026-10-02\";\"" + c.data().area().value() + "\";\""
                + c.data().name()
                + "\";\"satisfied\";\"620000000\";\"u-1\"\n";
        test(view.mapping).setValue("""
                grp_place/adm2 = area_pcode
                grp_place/community = community_name
                today = surveyed_on
                grp_resp/phone = econ_satisfaction
                """);

        test(view.upload).upload("survey.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        List<String> problems = new ArrayList<>();
        view.problems.getChildren().forEach(li -> problems.add(((ListItem) li).getText()));
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).contains("grp_resp/phone").contains("never stores"));
        assertThat(view.importButton.isEnabled()).isFalse();
    }

    private Community withFigures() {
        return communities.list(CommunityFilter.ALL, CommunitySort.NAME, 0, 1).getFirst();
    }
}
