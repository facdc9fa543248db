package org.reintegration.portal.map.leaflet;

import java.util.List;

/**
 * Shapes given as GeoJSON geometries, drawn as SVG paths.
 *
 * <p>Each drawn path carries the class {@code leaflet-feature} and the attributes {@code data-layer-id} and
 * {@code data-feature-id}. Shapes are drawn in list order, later ones on top; point geometries become small
 * circles in the feature's style. Shapes with a tooltip can be reached with the Tab key, which shows the tooltip;
 * Enter then opens the popup and fires {@link FeatureClickEvent}.
 *
 * @param id           see {@link MapLayer#id()}
 * @param name         see {@link MapLayer#name()}
 * @param features     the shapes; copied
 * @param defaultStyle the look of features without a style of their own; {@code null} for Leaflet's default
 */
public record GeoJsonLayer(String id, String name, List<GeoFeature> features, PathStyle defaultStyle)
        implements MapLayer {

    public GeoJsonLayer {
        Checks.requireId("id", id);
        features = features == null ? List.of() : List.copyOf(features);
    }
}
