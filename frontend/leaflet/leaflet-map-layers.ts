import L from './leaflet-import';
import { ClusteredMarkers } from './leaflet-map-clusters';
import type {
    FeatureData,
    GeoJsonLayerData,
    LayerData,
    MarkerData,
    MarkerLayerData,
    PathStyleData,
    PopupData,
} from './leaflet-map-model';

/** What a drawn layer reports back to the map element. */
export interface LayerCallbacks {
    featureClicked(layerId: string, featureId: string, latlng: L.LatLng): void;
}

/** A Leaflet layer built from one LayerData, with the area it covers. */
export interface BuiltLayer {
    readonly layer: L.Layer;
    readonly kind: LayerData['type'];
    /** Computed from the data: a cluster group that is still loading in chunks would report too little. */
    readonly bounds: L.LatLngBounds;
}

const DEFAULT_MARKER_COLOR = '#2563eb';

/** @param markerPane the pane that a marker layer's markers and cluster icons are drawn into */
export function buildLayer(data: LayerData, layerId: string, callbacks: LayerCallbacks, markerPane: string): BuiltLayer {
    return data.type === 'markers'
        ? buildMarkerLayer(data, layerId, callbacks, markerPane)
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

function buildMarkerLayer(data: MarkerLayerData, layerId: string, callbacks: LayerCallbacks, pane: string): BuiltLayer {
    const bounds = L.latLngBounds(data.markers.map((spec) => [spec.lat, spec.lon] as L.LatLngTuple));
    const createMarker = (spec: MarkerData) => markerFor(spec, layerId, callbacks, pane);
    const layer = data.clustered
        ? new ClusteredMarkers(data.markers, {
              createMarker,
              chosen: (spec, latlng) => callbacks.featureClicked(layerId, spec.id, latlng),
          }, pane)
        : L.layerGroup(data.markers.map(createMarker));
    return { layer, kind: 'markers', bounds };
}

function markerFor(spec: MarkerData, layerId: string, callbacks: LayerCallbacks, pane: string): L.Marker {
    const marker = L.marker([spec.lat, spec.lon], {
        icon: new SymbolIcon(spec),
        keyboard: true,
        riseOnHover: true,
        pane,
    });
    if (spec.tooltip) {
        const tooltip = spec.tooltip;
        marker.bindTooltip(() => textElement('div', 'leaflet-map-tooltip', tooltip), {
            direction: 'top',
        });
    }
    if (spec.popup) {
        const popup = spec.popup;
        marker.bindPopup(() => popupElement(popup));
    }
    marker.on('click', () => callbacks.featureClicked(layerId, spec.id, marker.getLatLng()));
    // Leaflet opens a bound popup on Enter but fires no click; keyboard users must reach the server too.
    marker.on('keypress', (event) => {
        if ((event as L.LeafletKeyboardEvent).originalEvent.key === 'Enter') {
            callbacks.featureClicked(layerId, spec.id, marker.getLatLng());
        }
    });
    return marker;
}

const PIN_OPTIONS: L.DivIconOptions = {
    className: 'leaflet-symbol-marker',
    iconSize: [30, 36],
    iconAnchor: [15, 35],
    popupAnchor: [0, -33],
    tooltipAnchor: [0, -33],
};
const DOT_OPTIONS: L.DivIconOptions = {
    className: 'leaflet-symbol-marker',
    iconSize: [18, 18],
    iconAnchor: [9, 9],
    popupAnchor: [0, -9],
    tooltipAnchor: [0, -9],
};

/**
 * A drop-shaped pin, or a dot, in the marker's colour with its symbol inside. The DOM is built on demand with text
 * nodes only: clustered layers create icons just for the markers in view.
 */
class SymbolIcon extends L.DivIcon {
    private readonly spec: MarkerData;

    constructor(spec: MarkerData) {
        super(spec.shape === 'dot' ? DOT_OPTIONS : PIN_OPTIONS);
        this.spec = spec;
    }

    override createIcon(oldIcon?: HTMLElement): HTMLElement {
        const root = super.createIcon(oldIcon);
        const color = this.spec.color ?? DEFAULT_MARKER_COLOR;
        root.setAttribute('data-marker-id', this.spec.id);
        root.setAttribute('aria-label', this.spec.tooltip ?? this.spec.id);
        const pin = document.createElement('span');
        pin.className = this.spec.shape === 'dot' ? 'leaflet-symbol-marker-dot' : 'leaflet-symbol-marker-pin';
        pin.style.backgroundColor = color;
        if (this.spec.symbol) {
            const symbol = textElement('span', 'leaflet-symbol-marker-symbol', this.spec.symbol);
            symbol.style.color = readableTextColor(color);
            symbol.setAttribute('aria-hidden', 'true');
            pin.append(symbol);
        }
        root.replaceChildren(pin);
        return root;
    }
}

export function textElement(tag: string, className: string, text: string): HTMLElement {
    const element = document.createElement(tag);
    element.className = className;
    element.textContent = text;
    return element;
}

export function popupElement(popup: PopupData): HTMLElement {
    const root = document.createElement('div');
    root.className = 'leaflet-map-popup';
    if (popup.title) {
        root.append(textElement('div', 'leaflet-map-popup-title', popup.title));
    }
    for (const line of popup.lines) {
        root.append(textElement('div', 'leaflet-map-popup-line', line));
    }
    return root;
}

/** Black on light hex colours, white otherwise; named and rgb() colours are assumed to be dark enough. */
function readableTextColor(color: string): string {
    const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
    if (!hex) {
        return '#ffffff';
    }
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    const [r, g, b] = [0, 2, 4].map((offset) => parseInt(full.slice(offset, offset + 2), 16) / 255);
    const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    return luminance > 0.6 ? '#1f2328' : '#ffffff';
}

/** Leaflet's layers control writes names as HTML; escaping keeps them plain text. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
