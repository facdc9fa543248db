package org.reintegration.portal.map.leaflet;

import java.io.Serializable;
import java.util.Objects;

/**
 * One shape of a {@link GeoJsonLayer}.
 *
 * @param id           the identifier reported by {@link FeatureClickEvent#getFeatureId()} and written to the
 *                     {@code data-feature-id} attribute of the drawn shape
 * @param geometryJson a GeoJSON geometry object ({@code Polygon}, {@code MultiPolygon}, {@code Point},
 *                     {@code LineString}, …) as JSON text. It is passed to the browser unchanged, so it must
 *                     come from a trusted store; only its outer braces are checked here
 * @param style        the look of this shape, or {@code null} for the layer's default
 * @param tooltip      text shown while the pointer is over the shape, or {@code null}
 * @param popup        the popup opened by a click, or {@code null}
 */
public record GeoFeature(String id, String geometryJson, PathStyle style, String tooltip, Popup popup)
        implements Serializable {

    public GeoFeature {
        Checks.requireId("id", id);
        Objects.requireNonNull(geometryJson, "geometryJson");
        String trimmed = geometryJson.strip();
        // Cheap guard against passing WKT, a bare coordinate array or an empty string, which would break the
        // whole layer in the browser rather than this one feature.
        if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
            throw new IllegalArgumentException("geometryJson of feature " + id + " is not a JSON object");
        }
    }

    /** A feature drawn in its layer's default style, without tooltip or popup. */
    public static GeoFeature of(String id, String geometryJson) {
        return new GeoFeature(id, geometryJson, null, null, null);
    }
}
