package org.reintegration.portal.interop.kobo;

/**
 * A location recorded by a geopoint question, in WGS 84 degrees as the device reported it.
 *
 * @param latitude  degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 * @param altitude  metres above sea level, or {@code null} when not recorded
 * @param precision the device's accuracy in metres, or {@code null} when not recorded
 */
public record Geopoint(double latitude, double longitude, Double altitude, Double precision) {

    public Geopoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude " + latitude + " is not between -90 and 90");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude " + longitude + " is not between -180 and 180");
        }
    }
}
