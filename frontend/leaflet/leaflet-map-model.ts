/**
 * The JSON that the Java class LeafletMap writes into the element's properties. Optional members are left out
 * by the server rather than sent as null.
 */

export interface TileLayerData {
    url: string;
    attribution?: string;
    maxZoom: number;
}

export interface PathStyleData {
    color?: string;
    weight: number;
    opacity: number;
    fillColor?: string;
    fillOpacity: number;
    dashArray?: string;
}

export interface PopupData {
    title?: string;
    lines: string[];
}

export interface FeatureData {
    id: string;
    tooltip?: string;
    style?: PathStyleData;
    popup?: PopupData;
    geometry: GeoJSON.Geometry;
}

export interface GeoJsonLayerData {
    type: 'geojson';
    id: string;
    style?: PathStyleData;
    features: FeatureData[];
}

/** One marker, as the element builds it from a layer's columns for a marker it draws. */
export interface MarkerData {
    id: string;
    lat: number;
    lon: number;
    color?: string;
    symbol?: string;
    tooltip?: string;
    popup?: PopupData;
    /** Left out for a pin. */
    shape?: 'dot';
}

/** A colour, symbol and shape that markers share; a layer lists each one once. */
export interface MarkerLook {
    color?: string;
    symbol?: string;
    /** Left out for a pin. */
    shape?: 'dot';
}

/**
 * A marker layer in columns: marker i has the id `idPrefix + ids[i]` (or `ids[i]` without a prefix), stands at
 * latitude `points[2i]` and longitude `points[2i + 1]`, looks like `looks[lookOf[i]]`, and has the tooltip
 * `tooltips[i]` and popup `popups[i]` where these are sent. With `textsOnDemand` the tooltips are asked from the
 * server for the markers drawn.
 */
export interface MarkerLayerData {
    type: 'markers';
    id: string;
    clustered: boolean;
    textsOnDemand: boolean;
    looks: MarkerLook[];
    idPrefix?: string;
    ids: (number | string)[];
    points: number[];
    lookOf: number[];
    tooltips?: (string | null)[];
    popups?: (PopupData | null)[];
}

export type LayerData = GeoJsonLayerData | MarkerLayerData;

/** One row of the layer index; `property` names the element property holding the layer's LayerData. */
export interface LayerIndexEntry {
    id: string;
    name?: string;
    property: string;
    version: number;
    visible: boolean;
}

export type ViewRequest = { seq: number } & (
    | { type: 'center'; lat: number; lon: number; zoom: number }
    | { type: 'bounds'; south: number; west: number; north: number; east: number }
    | { type: 'layers' }
);

/** Parses a property value, logging instead of throwing so that one bad layer cannot break the whole map. */
export function parseJson<T>(json: unknown, what: string): T | undefined {
    if (typeof json !== 'string' || json.length === 0) {
        return undefined;
    }
    try {
        return JSON.parse(json) as T;
    } catch (error) {
        console.error(`leaflet-map: ignoring malformed ${what}`, error);
        return undefined;
    }
}
