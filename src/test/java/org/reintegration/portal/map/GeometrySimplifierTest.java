package org.reintegration.portal.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeometrySimplifierTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_ring_loses_the_points_within_the_tolerance_and_stays_closed() {
        double[][] ring = {{0, 0}, {1, 0.0001}, {2, 0}, {2, 2}, {1, 2.0001}, {0, 2}, {0, 0}};

        double[][] simplified = GeometrySimplifier.ring(ring, 0.01);

        assertThat(simplified).hasNumberOfRows(5);
        assertThat(simplified[0]).containsExactly(0, 0);
        assertThat(simplified[simplified.length - 1]).containsExactly(0, 0);
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
