package org.reintegration.portal.base;

/** A point in WGS 84 degrees. */
public record LatLon(double lat, double lon) {

    public LatLon {
        if (Double.isNaN(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("Latitude must be between -90 and 90, not " + lat);
        }
        if (Double.isNaN(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("Longitude must be between -180 and 180, not " + lon);
        }
    }
}
