package org.reintegration.portal.geo;

/** A latitude/longitude box in WGS 84 degrees. */
public record GeoBounds(double south, double west, double north, double east) {

    public GeoBounds {
        if (south > north || west > east) {
            throw new IllegalArgumentException("Empty bounds");
        }
    }

    public GeoBounds union(GeoBounds other) {
        return other == null
                ? this
                : new GeoBounds(
                        Math.min(south, other.south), Math.min(west, other.west),
                        Math.max(north, other.north), Math.max(east, other.east));
    }

    public boolean contains(double lat, double lon) {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }
}
