package org.reintegration.portal.map.leaflet;

import java.io.Serializable;

/**
 * How the outline and the inside of a GeoJSON shape are painted.
 *
 * <p>Colours are any CSS colour ({@code #1a73e8}, {@code rgb(…)}, {@code teal}); they are applied as SVG
 * attributes, never parsed as markup.
 *
 * @param color       the stroke colour; {@code null} for Leaflet's default blue
 * @param weight      the stroke width in pixels, zero or more
 * @param opacity     the stroke opacity, 0 to 1
 * @param fillColor   the fill colour; {@code null} to fill with {@code color}
 * @param fillOpacity the fill opacity, 0 to 1. A fill of opacity 0 stays clickable, so an outline-only area
 *                    can still be clicked anywhere inside
 * @param dashArray   an SVG stroke dash pattern such as {@code "4 4"}; {@code null} for a solid line
 */
public record PathStyle(
        String color, double weight, double opacity, String fillColor, double fillOpacity, String dashArray)
        implements Serializable {

    public PathStyle {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be zero or more, was " + weight);
        }
        requireFraction("opacity", opacity);
        requireFraction("fillOpacity", fillOpacity);
    }

    /** A solid two-pixel outline with a transparent, still clickable, inside. */
    public static PathStyle outline(String color) {
        return new PathStyle(color, 2, 1, null, 0, null);
    }

    /** A one-pixel outline in {@code color} filled with {@code fillColor} at the given opacity. */
    public static PathStyle filled(String color, String fillColor, double fillOpacity) {
        return new PathStyle(color, 1, 1, fillColor, fillOpacity, null);
    }

    public PathStyle withWeight(double newWeight) {
        return new PathStyle(color, newWeight, opacity, fillColor, fillOpacity, dashArray);
    }

    public PathStyle withDashArray(String newDashArray) {
        return new PathStyle(color, weight, opacity, fillColor, fillOpacity, newDashArray);
    }

    public PathStyle withFill(String newFillColor, double newFillOpacity) {
        return new PathStyle(color, weight, opacity, newFillColor, newFillOpacity, dashArray);
    }

    private static void requireFraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be within 0..1, was " + value);
        }
    }
}
