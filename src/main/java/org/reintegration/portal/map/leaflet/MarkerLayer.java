package org.reintegration.portal.map.leaflet;

import java.util.List;

/**
 * Point markers, optionally grouped into numbered clusters that split up as the user zooms in.
 *
 * @param id        see {@link MapLayer#id()}
 * @param name      see {@link MapLayer#name()}
 * @param markers   the markers; copied
 * @param clustered whether nearby markers are merged into clusters (by a point index, supercluster: only the
 *                  clusters and markers in view are drawn), advisable from a few hundred markers on
 */
public record MarkerLayer(String id, String name, List<MapMarker> markers, boolean clustered) implements MapLayer {

    public MarkerLayer {
        Checks.requireId("id", id);
        markers = markers == null ? List.of() : List.copyOf(markers);
    }
}
