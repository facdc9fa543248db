package org.reintegration.portal.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes GeoJSON polygons lighter for a zoom level: Douglas–Peucker with a tolerance of about a pixel, and
 * coordinates rounded to what that tolerance can tell apart. Rings that would shrink below a triangle are dropped
 * (holes, islands smaller than the tolerance); a polygon always keeps its outer ring.
 */
final class GeometrySimplifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeometrySimplifier() {}

    /**
     * The tolerance, in degrees, for a map zoom level: about one screen pixel there. Zero, meaning "as stored",
     * from zoom 11 on.
     */
    static double toleranceForZoom(int zoom) {
        if (zoom <= 6) {
            return 0.02;
        }
        if (zoom <= 8) {
            return 0.005;
        }
        if (zoom <= 10) {
            return 0.0012;
        }
        return 0;
    }

    /** The geometry simplified; unchanged when the tolerance is zero or the type is not a polygon. */
    static String simplify(String geometryJson, double tolerance) {
        if (tolerance <= 0) {
            return geometryJson;
        }
        JsonNode geometry = JSON.readTree(geometryJson);
        String type = geometry.path("type").asString("");
        int decimals = Math.max(2, (int) Math.ceil(-Math.log10(tolerance)) + 1);
        ObjectNode out = JSON.createObjectNode();
        out.put("type", type);
        ArrayNode coordinates = out.putArray("coordinates");
        switch (type) {
            case "Polygon" -> {
                polygon(geometry.path("coordinates"), tolerance, decimals, coordinates);
                if (coordinates.isEmpty()) {
                    return geometryJson;
                }
            }
            case "MultiPolygon" -> {
                for (JsonNode polygon : geometry.path("coordinates")) {
                    ArrayNode simplified = JSON.createArrayNode();
                    polygon(polygon, tolerance, decimals, simplified);
                    if (!simplified.isEmpty()) {
                        coordinates.add(simplified);
                    }
                }
                if (coordinates.isEmpty()) {
                    return geometryJson;
                }
            }
            default -> {
                return geometryJson;
            }
        }
        return JSON.writeValueAsString(out);
    }

    /** Adds the simplified rings of a polygon to {@code out}; nothing when the outer ring is below tolerance. */
    private static void polygon(JsonNode rings, double tolerance, int decimals, ArrayNode out) {
        boolean outer = true;
        for (JsonNode ring : rings) {
            double[][] points = points(ring);
            double[][] kept = ring(points, tolerance);
            if (kept.length < 4) {
                if (outer) {
                    // an island smaller than a pixel: left out, unless it is the polygon's only part (see caller)
                    return;
                }
                continue;
            }
            ArrayNode ringOut = out.addArray();
            for (double[] point : kept) {
                ringOut.addArray().add(round(point[0], decimals)).add(round(point[1], decimals));
            }
            outer = false;
        }
    }

    private static double[][] points(JsonNode ring) {
        double[][] points = new double[ring.size()][];
        for (int i = 0; i < ring.size(); i++) {
            points[i] = new double[] {
                ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()
            };
        }
        return points;
    }

    /** A closed ring simplified, still closed; its first point is kept as an anchor. */
    static double[][] ring(double[][] points, double tolerance) {
        int n = points.length;
        if (n < 4) {
            return points;
        }
        // A closed ring has no natural split for Douglas–Peucker; split it at the point farthest from the first.
        int far = 0;
        double farthest = -1;
        for (int i = 1; i < n - 1; i++) {
            double d = squared(points[i][0] - points[0][0], points[i][1] - points[0][1]);
            if (d > farthest) {
                farthest = d;
                far = i;
            }
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[far] = true;
        keep[n - 1] = true;
        douglasPeucker(points, 0, far, tolerance * tolerance, keep);
        douglasPeucker(points, far, n - 1, tolerance * tolerance, keep);
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                kept.add(points[i]);
            }
        }
        return kept.toArray(double[][]::new);
    }

    /** Iterative, so that rings of many thousand points cannot overflow the stack. */
    private static void douglasPeucker(double[][] p, int first, int last, double squaredTolerance, boolean[] keep) {
        int[] stack = new int[Math.max(16, 2 * (last - first + 2))];
        int top = 0;
        stack[top++] = first;
        stack[top++] = last;
        while (top > 0) {
            int end = stack[--top];
            int start = stack[--top];
            double maxDistance = 0;
            int index = -1;
            for (int i = start + 1; i < end; i++) {
                double d = squaredSegmentDistance(p[i], p[start], p[end]);
                if (d > maxDistance) {
                    maxDistance = d;
                    index = i;
                }
            }
            if (index >= 0 && maxDistance > squaredTolerance) {
                keep[index] = true;
                stack[top++] = start;
                stack[top++] = index;
                stack[top++] = index;
                stack[top++] = end;
            }
        }
    }

    private static double squaredSegmentDistance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double x = a[0];
        double y = a[1];
        if (dx != 0 || dy != 0) {
            double t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy);
            if (t > 1) {
                x = b[0];
                y = b[1];
            } else if (t > 0) {
                x += dx * t;
                y += dy * t;
            }
        }
        return squared(p[0] - x, p[1] - y);
    }

    private static double squared(double dx, double dy) {
        return dx * dx + dy * dy;
    }

    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
