package org.reintegration.portal.map.leaflet;

/** Argument checks shared by the records. */
final class Checks {

    private Checks() {}

    static void requireLatitude(String name, double value) {
        if (!(value >= -90 && value <= 90)) {
            throw new IllegalArgumentException(name + " must be a latitude within -90..90, was " + value);
        }
    }

    /** Longitudes beyond ±180 are legal in Leaflet (a view across the antimeridian), but they must be numbers. */
    static void requireLongitude(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite longitude, was " + value);
        }
    }

    static String requireId(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be null or empty");
        }
        return value;
    }
}
