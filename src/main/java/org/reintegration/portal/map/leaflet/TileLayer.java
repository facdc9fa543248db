package org.reintegration.portal.map.leaflet;

import java.io.Serializable;
import java.util.Objects;

/**
 * The background tiles of a {@link LeafletMap}: any XYZ tile server.
 *
 * <p>The map draws its layers whether or not the tiles load, so an unreachable tile server leaves a plain
 * background, not an empty map.
 *
 * @param urlTemplate a Leaflet URL template such as {@code https://tile.example.org/{z}/{x}/{y}.png}; may use
 *                    {@code {s}} for the subdomains a, b and c
 * @param attribution the credit line shown in the map's corner. It is rendered as HTML (tile providers require
 *                    links and entities such as {@code &copy;}), so it must come from configuration, never from
 *                    user input; may be {@code null}
 * @param maxZoom     the deepest zoom level the server provides, 0 to 30; it also caps the map's zoom
 */
public record TileLayer(String urlTemplate, String attribution, int maxZoom) implements Serializable {

    private static final String OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    private static final String OSM_ATTRIBUTION =
            "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";

    public TileLayer {
        Objects.requireNonNull(urlTemplate, "urlTemplate");
        if (urlTemplate.isBlank()) {
            throw new IllegalArgumentException("urlTemplate must not be blank");
        }
        if (maxZoom < 0 || maxZoom > 30) {
            throw new IllegalArgumentException("maxZoom must be within 0..30, was " + maxZoom);
        }
    }

    /**
     * The OpenStreetMap standard tiles with their required attribution. Heavy use must follow the OpenStreetMap
     * tile usage policy; production systems usually point {@link #TileLayer} at their own tile server.
     */
    public static TileLayer openStreetMap() {
        return new TileLayer(OSM_URL, OSM_ATTRIBUTION, 19);
    }
}
