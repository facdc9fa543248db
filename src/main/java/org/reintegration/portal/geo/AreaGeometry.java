package org.reintegration.portal.geo;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Location;
import org.reintegration.portal.base.geometry.GeoJsonPolygons;

/**
 * The outline of an area (GeoJSON Polygon or MultiPolygon, already checked on import), for asking
 * whether a point lies inside it, with JTS's indexed point-in-area test. Holes count as outside; a point
 * on the outline counts as inside.
 */
final class AreaGeometry {

    private final IndexedPointInAreaLocator locator;

    private AreaGeometry(IndexedPointInAreaLocator locator) {
        this.locator = locator;
    }

    static AreaGeometry parse(String geoJson) {
        return new AreaGeometry(new IndexedPointInAreaLocator(GeoJsonPolygons.read(geoJson)));
    }

    boolean contains(double lat, double lon) {
        return locator.locate(new Coordinate(lon, lat)) != Location.EXTERIOR;
    }
}
