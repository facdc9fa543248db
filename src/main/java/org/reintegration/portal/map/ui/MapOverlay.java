package org.reintegration.portal.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.map.Classification;
import org.reintegration.portal.map.leaflet.FeatureClickEvent;
import org.reintegration.portal.map.leaflet.LeafletMap;

/**
 * A layer another capability adds to the area map (reintegration scores, for one), drawn by that capability so that
 * the map does not depend on it. Implementations are Spring beans of prototype scope: each map gets its own, which
 * keeps its own settings; they travel in the map's address like the map's own.
 */
public interface MapOverlay {

    /** The layer's switch and settings, for the map's settings bar; {@code changed} redraws it and updates the address. */
    Component controls(Runnable changed);

    /** Draws the layer on the map, or removes it when switched off, at the admin level and with the classes shown. */
    void draw(LeafletMap map, int level, Classification classification);

    /** The layer's legend, placed under the map's; it empties itself while the layer is off. */
    Component legend();

    /** Shows a clicked feature of the layer in the details panel; false when the click is not on the layer. */
    boolean showDetails(FeatureClickEvent click, HasComponents details);

    /** The layer's settings as query parameters (those that differ from its defaults). */
    Map<String, List<String>> toQuery();

    /** Takes the layer's settings from a map address; unknown or broken values fall back to the defaults. */
    void fromQuery(Map<String, List<String>> query);
}
