package org.reintegration.portal.map.ui;

/** The map's switchable layers; admin area outlines are always drawn. */
enum MapLayerKind {
    RETURNEES,
    COMMUNITIES,
    PROJECTS,
    GAPS;

    String labelKey() {
        return "map.layer." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The id of the layer on the Leaflet map. */
    String layerId() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
