package org.reintegration.portal.map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The base map. A programme can point {@code portal.map.tile-url} at its own tile server; without
 * tiles (no connection) the map still draws its boundaries and markers.
 */
@ConfigurationProperties("portal.map")
public record MapSettings(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
        @DefaultValue("&copy; OpenStreetMap contributors") String tileAttribution,
        @DefaultValue("18") int maxZoom) {}
