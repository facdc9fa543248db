import L from './leaflet-import';
import { ClusteredMarkers } from './leaflet-map-clusters';
import { markerFor, MarkerSet } from './leaflet-map-markers';
import type { FeatureData, GeoJsonLayerData, LayerData, MarkerLayerData, PathStyleData } from './leaflet-map-model';
import { popupElement, textElement } from './leaflet-map-text';

/** What a drawn layer reports back to the map element, and asks of it. */
export interface LayerCallbacks {
    featureClicked(layerId: string, featureId: string, latlng: L.LatLng): void;
    /** The texts of some markers of a layer's version whose texts are sent on demand. */
    markerTexts(layerId: string, version: number, positions: number[]): Promise<(string | null)[] | undefined>;
}

/** A Leaflet layer built from one LayerData, with the area it covers. */
export interface BuiltLayer {
    readonly layer: L.Layer;
    readonly kind: LayerData['type'];
    /** Computed from the data: a cluster group that is still loading in chunks would report too little. */
    readonly bounds: L.LatLngBounds;
}

/**
 * @param version    the layer's version, which the server checks when asked for texts
 * @param markerPane the pane that a marker layer's markers and cluster icons are drawn into
 */
export function buildLayer(
    data: LayerData,
    layerId: string,
    version: number,
    callbacks: LayerCallbacks,
    markerPane: string,
): BuiltLayer {
    return data.type === 'markers'
        ? buildMarkerLayer(data, layerId, version, callbacks, markerPane)
        : buildGeoJsonLayer(data, layerId, callbacks);
}

function buildGeoJsonLayer(data: GeoJsonLayerData, layerId: string, callbacks: LayerCallbacks): BuiltLayer {
    // The feature's own spec travels as its GeoJSON properties, so duplicate ids cannot mix up styles or popups.
    const layer = L.geoJSON<FeatureData>(undefined, {
        style: (feature) => pathOptions(feature?.properties.style ?? data.style),
        pointToLayer: (_feature, latlng) => L.circleMarker(latlng, { radius: 6 }),
        onEachFeature: (feature, featureLayer) => decorateFeature(featureLayer, feature.properties, layerId, callbacks),
    });
    const features = data.features.map(
        (spec): GeoJSON.Feature<GeoJSON.Geometry, FeatureData> => ({
            type: 'Feature',
            geometry: spec.geometry,
            properties: spec,
        }),
    );
    layer.addData({ type: 'FeatureCollection', features } as GeoJSON.FeatureCollection);
    return { layer, kind: 'geojson', bounds: layer.getBounds() };
}

function decorateFeature(layer: L.Layer, spec: FeatureData, layerId: string, callbacks: LayerCallbacks): void {
    tagDrawnElements(layer, layerId, spec.id);
    if (spec.tooltip) {
        const tooltip = spec.tooltip;
        layer.bindTooltip(() => textElement('div', 'leaflet-map-tooltip', tooltip), { sticky: true });
    }
    if (spec.popup) {
        const popup = spec.popup;
        layer.bindPopup(() => popupElement(popup));
    }
    layer.on('click', (event) => callbacks.featureClicked(layerId, spec.id, (event as L.LeafletMouseEvent).latlng));
    // Shapes with a tooltip take keyboard focus (Leaflet opens the tooltip on focus); Enter then acts as a click.
    layer.on('keypress', (event) => {
        if ((event as L.LeafletKeyboardEvent).originalEvent.key === 'Enter') {
            callbacks.featureClicked(layerId, spec.id, featureCenter(layer));
        }
    });
}

function featureCenter(layer: L.Layer): L.LatLng {
    if (layer instanceof L.CircleMarker) {
        return layer.getLatLng();
    }
    return (layer as L.FeatureGroup | L.Polyline).getBounds().getCenter();
}

/**
 * Multi-part geometries such as GeometryCollection become groups; every drawn part gets the attributes.
 * Leaflet creates a new SVG element each time a layer is added to the map, so they are set on every add.
 */
function tagDrawnElements(layer: L.Layer, layerId: string, featureId: string): void {
    if (layer instanceof L.LayerGroup) {
        layer.eachLayer((part) => tagDrawnElements(part, layerId, featureId));
        return;
    }
    layer.on('add', () => {
        const element = (layer as L.Path).getElement?.();
        if (element) {
            element.setAttribute('data-layer-id', layerId);
            element.setAttribute('data-feature-id', featureId);
        }
    });
}

function pathOptions(style: PathStyleData | undefined): L.PathOptions {
    // className is only read when Leaflet creates the SVG element, so it must be part of every style.
    const options: L.PathOptions = { className: 'leaflet-feature' };
    if (style) {
        options.weight = style.weight;
        options.opacity = style.opacity;
        options.fillOpacity = style.fillOpacity;
        if (style.color !== undefined) options.color = style.color;
        if (style.fillColor !== undefined) options.fillColor = style.fillColor;
        if (style.dashArray !== undefined) options.dashArray = style.dashArray;
    }
    return options;
}

function buildMarkerLayer(
    data: MarkerLayerData,
    layerId: string,
    version: number,
    callbacks: LayerCallbacks,
    pane: string,
): BuiltLayer {
    const markers = new MarkerSet(data, (positions) => callbacks.markerTexts(layerId, version, positions));
    const chosen = (position: number, latlng: L.LatLng) =>
        callbacks.featureClicked(layerId, markers.id(position), latlng);
    let layer: L.Layer;
    if (data.clustered) {
        layer = new ClusteredMarkers(markers, chosen, pane);
    } else {
        const drawn: L.Marker[] = [];
        for (let position = 0; position < markers.size; position++) {
            drawn.push(markerFor(markers, position, pane, chosen));
        }
        layer = L.layerGroup(drawn);
    }
    return { layer, kind: 'markers', bounds: markers.bounds() };
}
