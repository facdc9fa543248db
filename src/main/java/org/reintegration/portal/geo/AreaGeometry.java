package org.reintegration.portal.geo;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outline of an area (GeoJSON Polygon or MultiPolygon, already checked on import), for asking
 * whether a point lies inside it. Holes count as outside.
 */
final class AreaGeometry {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Each polygon: its outer ring first, then its holes; each ring a list of [lon, lat]. */
    private final List<List<double[][]>> polygons;

    private AreaGeometry(List<List<double[][]>> polygons) {
        this.polygons = polygons;
    }

    static AreaGeometry parse(String geoJson) {
        JsonNode geometry = JSON.readTree(geoJson);
        List<List<double[][]>> polygons = new ArrayList<>();
        if ("Polygon".equals(geometry.get("type").asString())) {
            polygons.add(rings(geometry.get("coordinates")));
        } else {
            geometry.get("coordinates").forEach(polygon -> polygons.add(rings(polygon)));
        }
        return new AreaGeometry(polygons);
    }

    boolean contains(double lat, double lon) {
        for (List<double[][]> polygon : polygons) {
            if (inside(polygon.getFirst(), lat, lon)
                    && polygon.stream().skip(1).noneMatch(hole -> inside(hole, lat, lon))) {
                return true;
            }
        }
        return false;
    }

    /** Ray casting: a point is inside when a ray from it crosses the ring an odd number of times. */
    private static boolean inside(double[][] ring, double lat, double lon) {
        boolean inside = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static List<double[][]> rings(JsonNode polygon) {
        List<double[][]> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            double[][] positions = new double[ring.size()][];
            for (int i = 0; i < ring.size(); i++) {
                positions[i] = new double[] {
                    ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()
                };
            }
            rings.add(positions);
        }
        return rings;
    }
}
