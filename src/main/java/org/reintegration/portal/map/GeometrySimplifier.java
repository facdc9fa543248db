package org.reintegration.portal.map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.reintegration.portal.base.geometry.GeoJsonPolygons;

/**
 * Makes GeoJSON polygons lighter for a zoom level with JTS: topology-preserving simplification (Douglas–Peucker
 * that never lets a ring cross itself or another, or collapse) with a tolerance of about a pixel, and
 * coordinates snapped to what that tolerance can tell apart, still without breaking a ring.
 */
final class GeometrySimplifier {

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

    /**
     * The geometry simplified; unchanged when the tolerance is zero or the type is not a polygon. Every ring
     * of the result is valid: no ring crosses itself or another, none collapses, holes stay inside.
     */
    static String simplify(String geometryJson, double tolerance) {
        if (tolerance <= 0) {
            return geometryJson;
        }
        Geometry geometry = GeoJsonPolygons.read(geometryJson);
        if (geometry == null || geometry.isEmpty()) {
            return geometryJson;
        }
        int decimals = Math.max(2, (int) Math.ceil(-Math.log10(tolerance)) + 1);
        Geometry simplified = GeometryPrecisionReducer.reduce(
                TopologyPreservingSimplifier.simplify(geometry, tolerance), new PrecisionModel(Math.pow(10, decimals)));
        if (simplified.isEmpty() || !(simplified instanceof Polygon || simplified instanceof MultiPolygon)) {
            return geometryJson;
        }
        return GeoJsonPolygons.write(simplified, decimals);
    }
}
