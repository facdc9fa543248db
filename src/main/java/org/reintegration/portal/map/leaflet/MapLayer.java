package org.reintegration.portal.map.leaflet;

import java.io.Serializable;

/**
 * A set of shapes or markers that a {@link LeafletMap} shows, hides and replaces as a whole.
 *
 * <p>Layers are identified by {@link #id()}: {@link LeafletMap#setLayer(MapLayer)} with a known id replaces that
 * layer in place.
 */
public sealed interface MapLayer extends Serializable permits GeoJsonLayer, MarkerLayer {

    /** The stable identifier, unique within one map, reported back in {@link FeatureClickEvent#getLayerId()}. */
    String id();

    /**
     * The label in the layers control, shown as plain text; {@code null} keeps the layer out of the control so
     * that users cannot hide it.
     */
    String name();
}
