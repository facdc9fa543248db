package org.reintegration.portal.map.leaflet;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * The visible area after the map stopped moving or zooming, whether the user or the server moved it. It also
 * fires once when the map first appears.
 */
@DomEvent("leaflet-view-change")
public class MapViewChangeEvent extends ComponentEvent<LeafletMap> {

    private final double centerLat;
    private final double centerLon;
    private final int zoom;
    private final Bounds bounds;
    private final long viewSequence;

    /**
     * Created by Flow from the browser event's details.
     *
     * @param viewSequence which server-side view request the browser had applied before this change; the map
     *                     uses it to tell stale reports from current ones
     */
    public MapViewChangeEvent(
            LeafletMap source,
            boolean fromClient,
            @EventData("event.detail.lat") double centerLat,
            @EventData("event.detail.lon") double centerLon,
            @EventData("event.detail.zoom") int zoom,
            @EventData("event.detail.south") double south,
            @EventData("event.detail.west") double west,
            @EventData("event.detail.north") double north,
            @EventData("event.detail.east") double east,
            @EventData("event.detail.seq") long viewSequence) {
        super(source, fromClient);
        this.centerLat = centerLat;
        this.centerLon = centerLon;
        this.zoom = zoom;
        // Leaflet reports the latitude range clamped to the projection, but a zoomed-out view may show
        // longitudes beyond ±180: clamp only what Bounds would reject.
        this.bounds = new Bounds(clampLatitude(south), west, clampLatitude(Math.max(south, north)), east);
        this.viewSequence = viewSequence;
    }

    public double getCenterLat() {
        return centerLat;
    }

    public double getCenterLon() {
        return centerLon;
    }

    public int getZoom() {
        return zoom;
    }

    /** The visible rectangle; longitudes may exceed ±180 when the world is shown more than once. */
    public Bounds getBounds() {
        return bounds;
    }

    long getViewSequence() {
        return viewSequence;
    }

    private static double clampLatitude(double latitude) {
        return Math.max(-90, Math.min(90, latitude));
    }
}
