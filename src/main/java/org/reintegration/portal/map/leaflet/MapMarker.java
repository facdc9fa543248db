package org.reintegration.portal.map.leaflet;

import java.io.Serializable;

/**
 * A marker at one point: a coloured pin (a drop pointing at the point) or a coloured dot (centred on it), with a
 * short symbol inside.
 *
 * <p>The drawn element carries the attribute {@code data-marker-id}, is reachable with the Tab key and opens its
 * popup (and fires {@link FeatureClickEvent}) on Enter as on a click.
 *
 * @param id      the identifier reported as {@link FeatureClickEvent#getFeatureId()}
 * @param lat     the latitude, -90 to 90
 * @param lon     the longitude
 * @param color   the pin's CSS colour, or {@code null} for the default blue; the symbol is drawn in black or
 *                white, whichever reads better on a hex colour
 * @param symbol  one or two characters or an emoji shown in the pin, as text; {@code null} for a plain dot
 * @param tooltip text shown while the pointer is over the pin, also its accessible name; or {@code null}
 * @param popup   the popup opened by a click, or {@code null}
 * @param shape   pin or dot; {@code null} for a pin
 */
public record MapMarker(
        String id, double lat, double lon, String color, String symbol, String tooltip, Popup popup, Shape shape)
        implements Serializable {

    /** How a marker is drawn. Dots suit many places of one kind; pins stand out above them. */
    public enum Shape {
        PIN,
        DOT
    }

    public MapMarker {
        Checks.requireId("id", id);
        Checks.requireLatitude("lat", lat);
        Checks.requireLongitude("lon", lon);
        shape = shape == null ? Shape.PIN : shape;
    }

    /** A pin. */
    public MapMarker(String id, double lat, double lon, String color, String symbol, String tooltip, Popup popup) {
        this(id, lat, lon, color, symbol, tooltip, popup, Shape.PIN);
    }

    /** A default-coloured pin without symbol, tooltip or popup. */
    public static MapMarker of(String id, double lat, double lon) {
        return new MapMarker(id, lat, lon, null, null, null, null);
    }
}
