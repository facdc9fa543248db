package org.reintegration.portal.map.leaflet;

import java.util.List;

/**
 * Point markers, optionally grouped into numbered clusters that split up as the user zooms in.
 *
 * @param id        see {@link MapLayer#id()}
 * @param name      see {@link MapLayer#name()}
 * @param markers   the markers; copied
 * @param clustered whether nearby markers are merged into clusters (by a point index, supercluster: only the
 *                  clusters and markers in view are drawn), advisable from a few hundred markers on; the tooltips
 *                  of a clustered layer are not sent with it but asked for as its markers are drawn
 *                  ({@link #textsOnDemand()})
 */
public record MarkerLayer(String id, String name, List<MapMarker> markers, boolean clustered) implements MapLayer {

    public MarkerLayer {
        Checks.requireId("id", id);
        markers = markers == null ? List.of() : List.copyOf(markers);
    }

    /**
     * Whether the page asks for the markers' tooltips (also their accessible names and the names in a cluster's
     * list) only for the markers it draws, rather than receiving every one with the layer: so for clustered layers,
     * of which only what is in view is ever drawn.
     */
    public boolean textsOnDemand() {
        return clustered;
    }
}
