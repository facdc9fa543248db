package org.reintegration.portal.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.reintegration.portal.base.geometry.GeoJsonPolygons;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeometrySimplifierTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_ring_loses_the_points_within_the_tolerance_and_stays_closed() {
        String square =
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0.0001],[2,0],[2,2],[1,2.0001],[0,2],[0,0]]]}";

        JsonNode ring = JSON.readTree(GeometrySimplifier.simplify(square, 0.01))
                .path("coordinates")
                .get(0);

        assertThat(ring.size()).isEqualTo(5);
        assertThat(ring.get(0)).isEqualTo(ring.get(4));
    }

    @Test
    void a_hole_close_to_the_outline_stays_a_separate_ring_inside_it() {
        // Douglas-Peucker alone would cut the outline's notch straight through the hole.
        String notched =
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,4],[2.05,4],[2,3.5],[1.95,4],[0,4],[0,0]],"
                        + "[[1.9,3.3],[2.1,3.3],[2.1,3.45],[1.9,3.45],[1.9,3.3]]]}";

        Geometry simplified = GeoJsonPolygons.read(GeometrySimplifier.simplify(notched, 0.6));

        assertThat(simplified.isValid()).isTrue();
        assertThat(((Polygon) simplified).getNumInteriorRing()).isEqualTo(1);
    }

    @Test
    void the_prefectures_of_guinea_get_lighter_at_country_zoom_but_keep_every_area() throws IOException {
        JsonNode areas =
                JSON.readTree(Files.readString(Path.of("src/main/resources/demo/boundaries/gin_adm2.geojson")));
        int before = 0;
        int after = 0;
        for (JsonNode feature : areas.path("features")) {
            String geometry = JSON.writeValueAsString(feature.path("geometry"));
            String simplified = GeometrySimplifier.simplify(geometry, GeometrySimplifier.toleranceForZoom(6));
            JsonNode parsed = JSON.readTree(simplified);
            assertThat(GeoJsonPolygons.read(simplified).isValid()).isTrue();
            assertThat(parsed.path("type").asString()).isIn("Polygon", "MultiPolygon");
            assertThat(parsed.path("coordinates").isEmpty()).isFalse();
            before += points(feature.path("geometry").path("coordinates"));
            after += points(parsed.path("coordinates"));
        }
        assertThat(after).isLessThan(before / 2);
    }

    @Test
    void no_tolerance_leaves_the_geometry_as_stored() {
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}";

        assertThat(GeometrySimplifier.simplify(square, 0)).isSameAs(square);
        assertThat(GeometrySimplifier.toleranceForZoom(12)).isZero();
    }

    private static int points(JsonNode coordinates) {
        if (coordinates.isArray()
                && !coordinates.isEmpty()
                && coordinates.get(0).isNumber()) {
            return 1;
        }
        int count = 0;
        for (JsonNode child : coordinates) {
            count += points(child);
        }
        return count;
    }
}
