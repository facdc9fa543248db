package org.reintegration.portal.map.leaflet;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a GeoJSON feature or a marker, or Enter pressed while one has keyboard focus (markers, and shapes
 * with a tooltip, are focusable).
 *
 * <p>Clicks on a cluster zoom into it and fire no event.
 */
@DomEvent("leaflet-feature-click")
public class FeatureClickEvent extends ComponentEvent<LeafletMap> {

    private final String layerId;
    private final String featureId;
    private final double lat;
    private final double lon;

    /**
     * @param source     the map
     * @param fromClient whether the user caused the event
     * @param layerId    the {@link MapLayer#id()} of the clicked layer
     * @param featureId  the {@link GeoFeature#id()} or {@link MapMarker#id()}
     * @param lat        the latitude clicked; the marker's position for markers, the shape's centre for Enter
     * @param lon        the longitude clicked, likewise
     */
    public FeatureClickEvent(
            LeafletMap source,
            boolean fromClient,
            @EventData("event.detail.layerId") String layerId,
            @EventData("event.detail.featureId") String featureId,
            @EventData("event.detail.lat") double lat,
            @EventData("event.detail.lon") double lon) {
        super(source, fromClient);
        this.layerId = layerId;
        this.featureId = featureId;
        this.lat = lat;
        this.lon = lon;
    }

    public String getLayerId() {
        return layerId;
    }

    /** The id of the feature, or of the marker for marker layers. */
    public String getFeatureId() {
        return featureId;
    }

    public double getLat() {
        return lat;
    }

    public double getLon() {
        return lon;
    }
}
