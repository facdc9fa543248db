package org.reintegration.portal.base.geometry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GeoJSON Polygons and MultiPolygons as JTS geometries and back ({@code [lon, lat]} positions as JTS's
 * {@code x, y}), so that the geometry itself is left to JTS.
 */
public final class GeoJsonPolygons {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeoJsonPolygons() {}

    /** The geometry of a GeoJSON Polygon or MultiPolygon; {@code null} for any other type. */
    public static Geometry read(String geoJson) {
        JsonNode geometry = JSON.readTree(geoJson);
        JsonNode coordinates = geometry.path("coordinates");
        return switch (geometry.path("type").asString("")) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(coordinates.get(i));
                }
                yield FACTORY.createMultiPolygon(polygons);
            }
            default -> null;
        };
    }

    /**
     * GeoJSON of a Polygon or MultiPolygon (a MultiPolygon of one part is written as a Polygon), each
     * coordinate rounded half up to {@code decimals} places and written without trailing zeros.
     */
    public static String write(Geometry geometry, int decimals) {
        ObjectNode out = JSON.createObjectNode();
        if (geometry instanceof Polygon polygon) {
            out.put("type", "Polygon");
            rings(polygon, decimals, out.putArray("coordinates"));
        } else if (geometry instanceof MultiPolygon multi) {
            out.put("type", "MultiPolygon");
            ArrayNode polygons = out.putArray("coordinates");
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                rings((Polygon) multi.getGeometryN(i), decimals, polygons.addArray());
            }
        } else {
            throw new IllegalArgumentException("not a polygon: " + geometry.getGeometryType());
        }
        return JSON.writeValueAsString(out);
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing[] holes = new LinearRing[Math.max(0, rings.size() - 1)];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(rings.get(i + 1));
        }
        return FACTORY.createPolygon(ring(rings.get(0)), holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonNode position = positions.get(i);
            coordinates[i] =
                    new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static void rings(Polygon polygon, int decimals, ArrayNode out) {
        ring(polygon.getExteriorRing().getCoordinates(), decimals, out.addArray());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            ring(polygon.getInteriorRingN(i).getCoordinates(), decimals, out.addArray());
        }
    }

    private static void ring(Coordinate[] coordinates, int decimals, ArrayNode out) {
        for (Coordinate coordinate : coordinates) {
            out.addArray().add(round(coordinate.x, decimals)).add(round(coordinate.y, decimals));
        }
    }

    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
