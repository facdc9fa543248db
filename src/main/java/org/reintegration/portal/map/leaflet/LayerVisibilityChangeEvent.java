package org.reintegration.portal.map.leaflet;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * The user showed or hid a layer with the layers control. By the time listeners run,
 * {@link LeafletMap#isLayerVisible(String)} already reflects the change.
 */
@DomEvent("leaflet-layer-visibility-change")
public class LayerVisibilityChangeEvent extends ComponentEvent<LeafletMap> {

    private final String layerId;
    private final boolean visible;

    public LayerVisibilityChangeEvent(
            LeafletMap source,
            boolean fromClient,
            @EventData("event.detail.layerId") String layerId,
            @EventData("event.detail.visible") boolean visible) {
        super(source, fromClient);
        this.layerId = layerId;
        this.visible = visible;
    }

    public String getLayerId() {
        return layerId;
    }

    public boolean isVisible() {
        return visible;
    }
}
