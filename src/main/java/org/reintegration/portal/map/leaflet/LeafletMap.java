package org.reintegration.portal.map.leaflet;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * An interactive map drawn by Leaflet: background tiles, GeoJSON shapes, (clustered) markers, a legend and the
 * usual controls.
 *
 * <p>Guarantees:
 * <ul>
 *     <li>All text coming from Java (tooltips, popups, layer names, marker symbols) is shown as plain text; markup
 *     in it appears literally. The one exception is {@link TileLayer#attribution()}, which is HTML.</li>
 *     <li>Layers are drawn whether or not the tiles load.</li>
 *     <li>The whole state, including the last view, lives in element properties, so the map comes back as it was
 *     when the component is detached and attached again. View requests made before the map is shown are applied
 *     once it has a size.</li>
 *     <li>Changing one layer sends and redraws only that layer.</li>
 *     <li>On a right-to-left page ({@code UI.setDirection}) the controls swap sides and popup, tooltip and legend
 *     text runs right to left; the map itself is not mirrored. Changes of direction apply immediately.</li>
 *     <li>The map is keyboard operable: it takes focus with Tab and pans and zooms with the arrow and +/- keys;
 *     markers, shapes with a tooltip and the controls are reachable with Tab, and Enter acts as a click.</li>
 * </ul>
 *
 * <p>The map is 400 pixels high and as wide as its container unless sized otherwise with {@link HasSize}; it
 * follows later size changes by itself. The CSS custom properties {@code --leaflet-map-background},
 * {@code --leaflet-map-font-size}, {@code --leaflet-map-control-background} and {@code --leaflet-map-focus-color}
 * adapt it to a theme.
 */
@Tag("leaflet-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "supercluster", version = "9.1.0")
@NpmPackage(value = "@types/leaflet", version = "1.9.22", dev = true)
@JsModule("./leaflet/leaflet-map.ts")
public class LeafletMap extends Component implements HasSize, HasStyle {

    static final String TILE_LAYER_PROPERTY = "tileLayer";
    static final String LAYER_INDEX_PROPERTY = "layerIndex";
    static final String VIEW_PROPERTY = "view";
    static final String LAYER_CONTROL_PROPERTY = "layerControlVisible";
    static final String SCALE_PROPERTY = "scaleVisible";
    static final String LEGEND_SLOT = "legend";

    private final Map<String, LayerSlot> layers = new LinkedHashMap<>();
    /** Source of layer versions and property names; only ever grows so that no two states share a version. */
    private long revision;
    /** Number of the latest view request; 0 while none was made. */
    private long viewSequence;

    private TileLayer tileLayer;
    private Component legend;

    /** Where one layer's data lives and whether it is shown. */
    private static final class LayerSlot implements Serializable {
        private MapLayer layer;
        private final String property;
        private long version;
        private boolean visible = true;

        private LayerSlot(MapLayer layer, String property) {
            this.layer = layer;
            this.property = property;
        }
    }

    public LeafletMap() {
        getElement().setProperty(LAYER_INDEX_PROPERTY, LeafletJson.index(List.of()));
        // Registered first so that application listeners already see the updated state.
        addListener(MapViewChangeEvent.class, this::rememberView);
        addListener(LayerVisibilityChangeEvent.class, this::applyVisibilityFromClient);
    }

    /** Sets the background tiles, or removes them with {@code null}. */
    public void setTileLayer(TileLayer tileLayer) {
        this.tileLayer = tileLayer;
        if (tileLayer == null) {
            getElement().removeProperty(TILE_LAYER_PROPERTY);
        } else {
            getElement().setProperty(TILE_LAYER_PROPERTY, LeafletJson.tileLayer(tileLayer));
        }
    }

    public Optional<TileLayer> getTileLayer() {
        return Optional.ofNullable(tileLayer);
    }

    /**
     * Adds a layer on top of the others, or replaces the layer with the same id in place, keeping its position
     * and visibility. Setting a layer equal to the current one sends nothing.
     */
    public void setLayer(MapLayer layer) {
        Objects.requireNonNull(layer, "layer");
        LayerSlot slot = layers.get(layer.id());
        if (slot == null) {
            slot = new LayerSlot(layer, "layerData" + (++revision));
            layers.put(layer.id(), slot);
        } else if (slot.layer.equals(layer)) {
            return;
        } else {
            slot.layer = layer;
        }
        slot.version = ++revision;
        getElement().setProperty(slot.property, LeafletJson.layer(layer));
        publishIndex();
    }

    /**
     * Removes the layer with this id.
     *
     * @return whether there was such a layer
     */
    public boolean removeLayer(String id) {
        LayerSlot slot = layers.remove(id);
        if (slot == null) {
            return false;
        }
        getElement().removeProperty(slot.property);
        publishIndex();
        return true;
    }

    /**
     * Shows or hides a layer, as the layers control does.
     *
     * @throws IllegalArgumentException if the map has no layer with this id
     */
    public void setLayerVisible(String id, boolean visible) {
        LayerSlot slot = layers.get(id);
        if (slot == null) {
            throw new IllegalArgumentException("No layer with id " + id);
        }
        if (slot.visible != visible) {
            slot.visible = visible;
            publishIndex();
        }
    }

    /** Whether the layer is shown; {@code false} for unknown ids. */
    public boolean isLayerVisible(String id) {
        LayerSlot slot = layers.get(id);
        return slot != null && slot.visible;
    }

    /** The layers from bottom to top. */
    public List<MapLayer> getLayers() {
        return layers.values().stream().map(slot -> slot.layer).toList();
    }

    public Optional<MapLayer> getLayer(String id) {
        return Optional.ofNullable(layers.get(id)).map(slot -> slot.layer);
    }

    /** Shows the given area as large as fits. */
    public void fitBounds(Bounds bounds) {
        Objects.requireNonNull(bounds, "bounds");
        requestView(sequence -> LeafletJson.fitBounds(sequence, bounds));
    }

    /**
     * Shows all visible layers as large as fits, once they are drawn; does nothing when there is nothing to show.
     * May be called before the map is attached or has a size.
     */
    public void fitToLayers() {
        requestView(LeafletJson::fitLayers);
    }

    /** Centres the map on a point at a zoom level (0 shows the whole world; the tile layer sets the maximum). */
    public void setView(double lat, double lon, int zoom) {
        Checks.requireLatitude("lat", lat);
        Checks.requireLongitude("lon", lon);
        if (zoom < 0 || zoom > 30) {
            throw new IllegalArgumentException("zoom must be within 0..30, was " + zoom);
        }
        requestView(sequence -> LeafletJson.setView(sequence, lat, lon, zoom));
    }

    /**
     * Shows a component, typically a legend, in a box in the lower corner of the map, or removes it with
     * {@code null}. The component stays a regular child of the map and is rendered by the server.
     */
    public void setLegend(Component legend) {
        if (this.legend != null) {
            this.legend.getElement().removeAttribute("slot");
            if (getElement().equals(this.legend.getElement().getParent())) {
                getElement().removeChild(this.legend.getElement());
            }
        }
        this.legend = legend;
        if (legend != null) {
            legend.getElement().setAttribute("slot", LEGEND_SLOT);
            getElement().appendChild(legend.getElement());
        }
    }

    public Optional<Component> getLegend() {
        return Optional.ofNullable(legend);
    }

    /** Shows Leaflet's layers control, which lists the named layers with a check box each. */
    public void setLayerControlVisible(boolean visible) {
        getElement().setProperty(LAYER_CONTROL_PROPERTY, visible);
    }

    public boolean isLayerControlVisible() {
        return getElement().getProperty(LAYER_CONTROL_PROPERTY, false);
    }

    /** Shows a metric scale bar. */
    /** The titles of the zoom buttons, which screen readers also announce; English Leaflet words otherwise. */
    public void setZoomTitles(String zoomIn, String zoomOut) {
        getElement().setProperty("zoomInTitle", zoomIn);
        getElement().setProperty("zoomOutTitle", zoomOut);
    }

    public void setScaleVisible(boolean visible) {
        getElement().setProperty(SCALE_PROPERTY, visible);
    }

    public boolean isScaleVisible() {
        return getElement().getProperty(SCALE_PROPERTY, false);
    }

    /** Listens for clicks on features and markers. */
    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    /** Listens for the end of every move or zoom. */
    public Registration addViewChangeListener(ComponentEventListener<MapViewChangeEvent> listener) {
        return addListener(MapViewChangeEvent.class, listener);
    }

    /** Listens for the user showing or hiding layers with the layers control. */
    public Registration addLayerVisibilityChangeListener(ComponentEventListener<LayerVisibilityChangeEvent> listener) {
        return addListener(LayerVisibilityChangeEvent.class, listener);
    }

    /**
     * The tooltips of some markers of a layer whose texts are sent on demand ({@link MarkerLayer#textsOnDemand()}),
     * asked by the page for the markers it is about to draw: a JSON array with one text (or null) per position
     * asked, or null when the page asked for another version of the layer than the current one. Only markers
     * already sent to this page can be asked for.
     *
     * @param positions the markers' positions in the layer, separated by commas
     */
    @ClientCallable
    String markerTexts(String layerId, double version, String positions) {
        LayerSlot slot = layerId == null ? null : layers.get(layerId);
        if (slot == null || slot.version != (long) version || !(slot.layer instanceof MarkerLayer markers)) {
            return null;
        }
        String[] parts = positions == null || positions.isBlank() ? new String[0] : positions.split(",", 2_001);
        // a page draws a few hundred markers at a time; a longer list is not from it
        int[] asked = new int[Math.min(parts.length, 2_000)];
        for (int i = 0; i < asked.length; i++) {
            try {
                asked[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                asked[i] = -1;
            }
        }
        return LeafletJson.texts(markers.markers(), asked);
    }

    private void requestView(LongFunction<String> request) {
        viewSequence++;
        getElement().setProperty(VIEW_PROPERTY, request.apply(viewSequence));
    }

    /**
     * Keeps the user's view as the one to restore on re-attach. Reports made before the browser saw the latest
     * request are ignored, or they would overwrite a request still on its way.
     */
    private void rememberView(MapViewChangeEvent event) {
        if (event.getViewSequence() != viewSequence) {
            return;
        }
        double lat = Math.max(-90, Math.min(90, event.getCenterLat()));
        int zoom = Math.max(0, Math.min(30, event.getZoom()));
        // Same sequence number: the browser that reported this view does not apply it again.
        getElement().setProperty(VIEW_PROPERTY, LeafletJson.setView(viewSequence, lat, event.getCenterLon(), zoom));
    }

    private void applyVisibilityFromClient(LayerVisibilityChangeEvent event) {
        LayerSlot slot = layers.get(event.getLayerId());
        if (slot != null && slot.visible != event.isVisible()) {
            slot.visible = event.isVisible();
            publishIndex();
        }
    }

    private void publishIndex() {
        List<LeafletJson.IndexEntry> entries = new ArrayList<>(layers.size());
        for (LayerSlot slot : layers.values()) {
            entries.add(new LeafletJson.IndexEntry(
                    slot.layer.id(), slot.layer.name(), slot.property, slot.version, slot.visible));
        }
        getElement().setProperty(LAYER_INDEX_PROPERTY, LeafletJson.index(entries));
    }
}
