package org.reintegration.portal.map.leaflet;

import java.io.Serializable;

/**
 * A geographic rectangle in WGS 84 degrees.
 *
 * @param south the southern latitude, -90 to 90, not above {@code north}
 * @param west  the western longitude
 * @param north the northern latitude, -90 to 90
 * @param east  the eastern longitude
 */
public record Bounds(double south, double west, double north, double east) implements Serializable {

    public Bounds {
        Checks.requireLatitude("south", south);
        Checks.requireLatitude("north", north);
        Checks.requireLongitude("west", west);
        Checks.requireLongitude("east", east);
        if (south > north) {
            throw new IllegalArgumentException("south (" + south + ") must not lie north of north (" + north + ")");
        }
    }

    /** The point halfway between the edges. */
    public double centerLat() {
        return (south + north) / 2;
    }

    /** The longitude halfway between the western and eastern edge. */
    public double centerLon() {
        return (west + east) / 2;
    }
}
