package org.reintegration.portal.map.leaflet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class LeafletMapTest {

    private static final String XSS = "<img src=x onerror=alert(1)>";
    private static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[-13,9],[-12,9],[-12,10],[-13,10],[-13,9]]]}";

    private final ObjectMapper mapper = new ObjectMapper();
    private final LeafletMap map = new LeafletMap();

    @Test
    void geoJsonLayerIsSerialisedWithRawGeometryAndTextAsPlainStrings() {
        PathStyle style = PathStyle.filled("#333", "#e41a1c", 0.4).withDashArray("4 2");
        map.setLayer(new GeoJsonLayer(
                "areas",
                "Areas",
                List.of(
                        new GeoFeature("a1", SQUARE, style, XSS, new Popup(XSS, List.of("line 1", XSS))),
                        GeoFeature.of("a2", SQUARE)),
                PathStyle.outline("#111")));

        JsonNode layer = layerData("areas");
        assertThat(layer.get("type").asString()).isEqualTo("geojson");
        assertThat(layer.get("style").get("color").asString()).isEqualTo("#111");
        assertThat(layer.get("style").get("fillOpacity").asDouble()).isZero();
        JsonNode first = layer.get("features").get(0);
        assertThat(first.get("id").asString()).isEqualTo("a1");
        assertThat(first.get("tooltip").asString()).isEqualTo(XSS);
        assertThat(first.get("popup").get("title").asString()).isEqualTo(XSS);
        assertThat(first.get("popup").get("lines").get(1).asString()).isEqualTo(XSS);
        assertThat(first.get("style").get("dashArray").asString()).isEqualTo("4 2");
        assertThat(first.get("geometry")).isEqualTo(mapper.readTree(SQUARE));
        JsonNode second = layer.get("features").get(1);
        assertThat(second.has("style")).isFalse();
        assertThat(second.has("tooltip")).isFalse();
        assertThat(second.has("popup")).isFalse();
        // The raw text never carries markup characters, whatever the browser does with it.
        assertThat(rawLayerData("areas")).doesNotContain("<img");
    }

    @Test
    void markerLayerIsSentInColumnsWithEachLookOnceAndLeavesOutAbsentValues() {
        map.setLayer(new MarkerLayer(
                "sites",
                "Sites",
                List.of(
                        new MapMarker("s1", 9.5, -13.7, "#0d47a1", "C", XSS, Popup.of("Conakry", "Capital")),
                        MapMarker.of("s2", 7.75, -8.8),
                        new MapMarker("s3", 10.4, -9.3, "#1a9850", null, "Kankan", null, MapMarker.Shape.DOT),
                        new MapMarker("s4", 10.123456789, -9.987654321, "#0d47a1", "C", null, null)),
                false));

        JsonNode layer = layerData("sites");
        assertThat(layer.get("type").asString()).isEqualTo("markers");
        assertThat(layer.get("clustered").asBoolean()).isFalse();
        assertThat(layer.get("textsOnDemand").asBoolean()).isFalse();
        assertThat(layer.get("idPrefix").asString()).isEqualTo("s");
        assertThat(layer.get("ids").toString()).isEqualTo("[1,2,3,4]");
        assertThat(layer.get("points").toString()).isEqualTo("[9.5,-13.7,7.75,-8.8,10.4,-9.3,10.12346,-9.98765]");
        // three looks for four markers: the first and the last look alike
        assertThat(layer.get("looks")).hasSize(3);
        assertThat(layer.get("lookOf").toString()).isEqualTo("[0,1,2,0]");
        assertThat(layer.get("looks").get(0).get("symbol").asString()).isEqualTo("C");
        assertThat(layer.get("looks").get(0).has("shape")).isFalse();
        assertThat(layer.get("looks").get(1).propertyNames()).isEmpty();
        assertThat(layer.get("looks").get(2).get("shape").asString()).isEqualTo("dot");
        assertThat(layer.get("tooltips").get(0).asString()).isEqualTo(XSS);
        assertThat(layer.get("tooltips").get(1).isNull()).isTrue();
        assertThat(layer.get("popups").get(0).get("lines").get(0).asString()).isEqualTo("Capital");
        assertThat(layer.get("popups").get(1).isNull()).isTrue();
        assertThat(rawLayerData("sites")).doesNotContain("<img");
    }

    @Test
    void idsThatDoNotShareAPrefixAndANumberAreSentWhole() {
        map.setLayer(new MarkerLayer(
                "sites",
                null,
                List.of(MapMarker.of("p-7", 1, 2), MapMarker.of("c-8", 1, 2), MapMarker.of("p-007", 1, 2)),
                false));
        assertThat(layerData("sites").has("idPrefix")).isFalse();
        assertThat(layerData("sites").get("ids").toString()).isEqualTo("[\"p-7\",\"c-8\",\"p-007\"]");

        map.setLayer(
                new MarkerLayer("sites", null, List.of(MapMarker.of("p-7", 1, 2), MapMarker.of("p-007", 1, 2)), false));
        assertThat(layerData("sites").has("idPrefix"))
                .as("a leading zero would be lost")
                .isFalse();
    }

    @Test
    void aClusteredLayersTextsAreLeftOutAndGivenOnlyForItsCurrentVersionWhenAsked() {
        List<MapMarker> markers = List.of(
                new MapMarker("p-1", 9.5, -13.7, null, null, XSS, null),
                MapMarker.of("p-2", 7.75, -8.8),
                new MapMarker("p-3", 10.4, -9.3, null, null, "Kankan", null));
        map.setLayer(new MarkerLayer("projects", "Projects", markers, true));

        JsonNode layer = layerData("projects");
        assertThat(layer.get("textsOnDemand").asBoolean()).isTrue();
        assertThat(layer.has("tooltips")).isFalse();
        long version = index().get(0).get("version").asLong();

        String texts = map.markerTexts("projects", version, "2,0,1,9,x");
        assertThat(mapper.readTree(texts).toString()).isEqualTo("[\"Kankan\",\"" + XSS + "\",null,null,null]");
        assertThat(texts).doesNotContain("<img");
        assertThat(map.markerTexts("projects", version + 1, "0")).isNull();
        assertThat(map.markerTexts("elsewhere", version, "0")).isNull();
        assertThat(map.markerTexts("projects", version, "")).isEqualTo("[]");

        map.setLayer(new MarkerLayer("projects", "Projects", markers.subList(1, 3), true));
        assertThat(map.markerTexts("projects", version, "0"))
                .as("a page still asking for the replaced layer gets nothing")
                .isNull();
    }

    @Test
    void indexListsLayersInOrderWithVisibilityAndDataProperty() {
        map.setLayer(new GeoJsonLayer("areas", "Areas " + XSS, List.of(), null));
        map.setLayer(new MarkerLayer("sites", null, List.of(), false));

        JsonNode index = index();
        assertThat(index).hasSize(2);
        assertThat(index.get(0).get("id").asString()).isEqualTo("areas");
        assertThat(index.get(0).get("name").asString()).isEqualTo("Areas " + XSS);
        assertThat(index.get(0).get("visible").asBoolean()).isTrue();
        assertThat(index.get(1).has("name")).isFalse();
        assertThat(index.get(0).get("property").asString())
                .isNotEqualTo(index.get(1).get("property").asString());
    }

    @Test
    void replacingALayerKeepsItsPlaceAndVisibilityAndBumpsOnlyItsVersion() {
        map.setLayer(new GeoJsonLayer("areas", "Areas", List.of(GeoFeature.of("a1", SQUARE)), null));
        map.setLayer(new MarkerLayer("sites", "Sites", List.of(MapMarker.of("s1", 1, 2)), false));
        map.setLayerVisible("areas", false);
        JsonNode before = index();

        map.setLayer(new GeoJsonLayer("areas", "Areas", List.of(GeoFeature.of("a2", SQUARE)), null));

        JsonNode after = index();
        assertThat(map.getLayers()).extracting(MapLayer::id).containsExactly("areas", "sites");
        assertThat(after.get(0).get("property")).isEqualTo(before.get(0).get("property"));
        assertThat(after.get(0).get("version").asLong())
                .isGreaterThan(before.get(0).get("version").asLong());
        assertThat(after.get(0).get("visible").asBoolean()).isFalse();
        assertThat(after.get(1)).isEqualTo(before.get(1));
        assertThat(layerData("areas").get("features").get(0).get("id").asString())
                .isEqualTo("a2");
    }

    @Test
    void settingAnEqualLayerChangesNothing() {
        GeoJsonLayer layer = new GeoJsonLayer("areas", "Areas", List.of(GeoFeature.of("a1", SQUARE)), null);
        map.setLayer(layer);
        String index = indexJson();

        map.setLayer(new GeoJsonLayer("areas", "Areas", List.of(GeoFeature.of("a1", SQUARE)), null));

        assertThat(indexJson()).isEqualTo(index);
    }

    @Test
    void removingALayerDropsItsDataAndIndexEntry() {
        map.setLayer(new MarkerLayer("sites", "Sites", List.of(), false));
        String property = index().get(0).get("property").asString();

        assertThat(map.removeLayer("sites")).isTrue();
        assertThat(map.removeLayer("sites")).isFalse();

        assertThat(map.getElement().hasProperty(property)).isFalse();
        assertThat(index()).isEmpty();
        assertThat(map.getLayers()).isEmpty();
    }

    @Test
    void visibilityOfUnknownLayersIsRejectedOrFalse() {
        assertThatThrownBy(() -> map.setLayerVisible("nope", true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(map.isLayerVisible("nope")).isFalse();
    }

    @Test
    void tileLayerIsSerialisedAndRemovable() {
        map.setTileLayer(new TileLayer("https://tiles.example/{z}/{x}/{y}.png", "&copy; Example", 17));

        JsonNode tiles = mapper.readTree(map.getElement().getProperty(LeafletMap.TILE_LAYER_PROPERTY));
        assertThat(tiles.get("url").asString()).isEqualTo("https://tiles.example/{z}/{x}/{y}.png");
        assertThat(tiles.get("attribution").asString()).isEqualTo("&copy; Example");
        assertThat(tiles.get("maxZoom").asInt()).isEqualTo(17);

        map.setTileLayer(null);
        assertThat(map.getElement().hasProperty(LeafletMap.TILE_LAYER_PROPERTY)).isFalse();
        assertThat(map.getTileLayer()).isEmpty();
    }

    @Test
    void viewRequestsAreKeptInAPropertyWithIncreasingSequence() {
        map.fitToLayers();
        JsonNode first = view();
        assertThat(first.get("type").asString()).isEqualTo("layers");

        map.fitBounds(new Bounds(7, -15, 12.7, -7.6));
        JsonNode second = view();
        assertThat(second.get("type").asString()).isEqualTo("bounds");
        assertThat(second.get("north").asDouble()).isEqualTo(12.7);
        assertThat(second.get("seq").asLong()).isGreaterThan(first.get("seq").asLong());

        map.setView(9.5, -13.7, 10);
        assertThat(view().get("type").asString()).isEqualTo("center");
        assertThat(view().get("zoom").asInt()).isEqualTo(10);
        assertThatThrownBy(() -> map.setView(91, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map.setView(0, 0, 31)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void featureClickEventsReachListeners() {
        List<FeatureClickEvent> received = new ArrayList<>();
        map.addFeatureClickListener(received::add);

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, "sites", XSS, 9.5, -13.7));

        assertThat(received).singleElement().satisfies(event -> {
            assertThat(event.getSource()).isSameAs(map);
            assertThat(event.isFromClient()).isTrue();
            assertThat(event.getLayerId()).isEqualTo("sites");
            assertThat(event.getFeatureId()).isEqualTo(XSS);
            assertThat(event.getLat()).isEqualTo(9.5);
            assertThat(event.getLon()).isEqualTo(-13.7);
        });
    }

    @Test
    void layersControlTogglesUpdateServerStateBeforeListenersRun() {
        map.setLayer(new MarkerLayer("sites", "Sites", List.of(), false));
        List<Boolean> seenByListener = new ArrayList<>();
        map.addLayerVisibilityChangeListener(event -> seenByListener.add(map.isLayerVisible(event.getLayerId())));

        ComponentUtil.fireEvent(map, new LayerVisibilityChangeEvent(map, true, "sites", false));

        assertThat(seenByListener).containsExactly(false);
        assertThat(index().get(0).get("visible").asBoolean()).isFalse();
        // A toggle for a layer removed meanwhile is harmless.
        ComponentUtil.fireEvent(map, new LayerVisibilityChangeEvent(map, true, "gone", true));
    }

    @Test
    void userMovesAreRememberedForReattachingUnlessARequestIsStillOnItsWay() {
        map.fitToLayers();
        long sequence = view().get("seq").asLong();
        List<MapViewChangeEvent> received = new ArrayList<>();
        map.addViewChangeListener(received::add);

        ComponentUtil.fireEvent(
                map, new MapViewChangeEvent(map, true, 9.5, -13.7, 8, 8.9, -14.5, 10.1, -12.9, sequence));

        JsonNode remembered = view();
        assertThat(remembered.get("type").asString()).isEqualTo("center");
        assertThat(remembered.get("seq").asLong()).isEqualTo(sequence);
        assertThat(remembered.get("zoom").asInt()).isEqualTo(8);
        assertThat(received).singleElement().satisfies(event -> {
            assertThat(event.getCenterLat()).isEqualTo(9.5);
            assertThat(event.getCenterLon()).isEqualTo(-13.7);
            assertThat(event.getZoom()).isEqualTo(8);
            assertThat(event.getBounds()).isEqualTo(new Bounds(8.9, -14.5, 10.1, -12.9));
        });

        map.setView(1, 2, 3);
        String request = map.getElement().getProperty(LeafletMap.VIEW_PROPERTY);
        ComponentUtil.fireEvent(
                map, new MapViewChangeEvent(map, true, 9.5, -13.7, 8, 8.9, -14.5, 10.1, -12.9, sequence));
        assertThat(map.getElement().getProperty(LeafletMap.VIEW_PROPERTY)).isEqualTo(request);
    }

    @Test
    void legendIsASlottedChildThatCanBeReplacedAndRemoved() {
        Span first = new Span("First");
        Span second = new Span("Second");

        map.setLegend(first);
        assertThat(first.getParent()).containsSame(map);
        assertThat(first.getElement().getAttribute("slot")).isEqualTo(LeafletMap.LEGEND_SLOT);

        map.setLegend(second);
        assertThat(first.getParent()).isEmpty();
        assertThat(first.getElement().hasAttribute("slot")).isFalse();
        assertThat(map.getLegend()).containsSame(second);

        map.setLegend(null);
        assertThat(second.getParent()).isEmpty();
        assertThat(map.getLegend()).isEmpty();
    }

    @Test
    void controlsAreElementProperties() {
        map.setLayerControlVisible(true);
        map.setScaleVisible(true);

        assertThat(map.isLayerControlVisible()).isTrue();
        assertThat(map.isScaleVisible()).isTrue();
        assertThat(map.getElement().getProperty(LeafletMap.LAYER_CONTROL_PROPERTY, false))
                .isTrue();
    }

    @Test
    void recordsRejectImpossibleValues() {
        assertThatThrownBy(() -> new Bounds(10, 0, 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapMarker("m", 95, 0, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapMarker("", 0, 0, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PathStyle(null, 1, 1.5, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GeoFeature.of("f", "[[1,2]]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TileLayer(" ", null, 18)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Popup(null, null).lines()).isEmpty();
    }

    private JsonNode index() {
        return mapper.readTree(indexJson());
    }

    private String indexJson() {
        return map.getElement().getProperty(LeafletMap.LAYER_INDEX_PROPERTY);
    }

    private JsonNode view() {
        return mapper.readTree(map.getElement().getProperty(LeafletMap.VIEW_PROPERTY));
    }

    private String rawLayerData(String id) {
        for (JsonNode entry : index()) {
            if (entry.get("id").asString().equals(id)) {
                return map.getElement().getProperty(entry.get("property").asString());
            }
        }
        throw new AssertionError("no layer " + id);
    }

    private JsonNode layerData(String id) {
        return mapper.readTree(rawLayerData(id));
    }
}
