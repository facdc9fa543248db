package org.reintegration.portal.map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The base map. A programme can point {@code portal.map.tiles} (environment: {@code PORTAL_MAP_TILES})
 * at its own tile server; without tiles (no connection) the map still draws its boundaries and markers.
 *
 * @param tiles XYZ tile URL template with {z}, {x}, {y}
 * @param attribution credit shown on the map, as the tile provider requires it (may hold HTML entities)
 * @param maxZoom the deepest zoom the tile server offers
 */
@ConfigurationProperties("portal.map")
public record MapSettings(
        @DefaultValue(OPENSTREETMAP) String tiles,
        @DefaultValue("&copy; OpenStreetMap contributors") String attribution,
        @DefaultValue("18") int maxZoom) {

    static final String OPENSTREETMAP = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public MapSettings {
        // An empty setting (e.g. an unset variable passed through compose) means the default.
        if (tiles == null || tiles.isBlank()) {
            tiles = OPENSTREETMAP;
            attribution =
                    attribution == null || attribution.isBlank() ? "&copy; OpenStreetMap contributors" : attribution;
        }
        if (maxZoom < 1 || maxZoom > 22) {
            throw new IllegalArgumentException("portal.map.max-zoom must be 1 to 22, not " + maxZoom);
        }
    }
}
