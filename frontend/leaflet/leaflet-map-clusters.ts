import L from './leaflet-import';
import Supercluster, { type ClusterFeature, type PointFeature } from 'supercluster';
import { giveText, markerFor, type MarkerChosen, type MarkerSet } from './leaflet-map-markers';

/** Roughly the on-screen distance, in pixels, within which markers merge. */
const CLUSTER_RADIUS_PX = 60;
/**
 * Supercluster measures its radius on tiles of 512 units, Leaflet's tiles are 256 pixels wide at the same zoom
 * number: its radius is therefore twice the one on screen.
 */
const RADIUS_IN_TILE_UNITS = CLUSTER_RADIUS_PX * 2;
/** Markers still merged at this zoom stand on (almost) the same spot: a click lists them instead of zooming. */
const LAST_CLUSTER_ZOOM = 18;
/** Markers this far outside the view are drawn already, so that a short pan shows no gap. */
const VIEW_MARGIN = 0.25;

/** A point's properties: the marker's position in its layer. */
type PointProps = { readonly index: number };

/** Up to this zoom a cluster index is built for the zoom asked; above it, the full index (to LAST_CLUSTER_ZOOM). */
const INDEX_STEP_ZOOM = 12;

/** A point index clustering up to its own `maxZoom`; above it, it would give every marker on its own. */
interface ClusterIndex {
    readonly index: Supercluster<PointProps, Record<string, never>>;
    readonly maxZoom: number;
}

/**
 * Many markers, clustered by a point index (supercluster): at any moment only the clusters and markers in view
 * exist as Leaflet markers and DOM elements, whatever the number of markers in the layer.
 *
 * An index costs one pass over its markers for each zoom it clusters, from its highest zoom down, and at the zooms
 * where markers no longer merge that is most of the work: for 10,000 markers an index up to the closest zoom takes
 * about ten times as long as one up to a country's zoom. So nothing is indexed while the layer is hidden, the first
 * index is built up to the zoom shown (a few milliseconds), and closer zooms get an index of their own when first
 * shown: one up to INDEX_STEP_ZOOM, then the full one. A zoom is always drawn from the same index, the one with
 * the lowest highest zoom that covers it.
 *
 * A cluster shows its count; a click zooms to where it splits in its index (at most one zoom past that index's
 * highest), or, where its markers stand on the same spot even at the closest zoom, lists them to choose from.
 * Cluster icons carry Leaflet's usual `marker-cluster` classes. The texts of markers (tooltip, accessible name,
 * name in a list) are asked for as markers are drawn or listed.
 */
export class ClusteredMarkers extends L.Layer {
    private readonly points: PointFeature<PointProps>[];
    /** The indexes built, by their highest zoom. */
    private readonly indexes = new Map<number, ClusterIndex>();
    /**
     * Drawn markers by key: `m<spec index>` for a marker, `c<index's highest zoom>:<cluster id>` for a cluster
     * (ids differ per zoom and per index).
     */
    private drawn = new Map<string, L.Marker>();

    constructor(
        private readonly markers: MarkerSet,
        private readonly chosen: MarkerChosen,
        private readonly pane: string,
    ) {
        super({ pane });
        this.points = new Array<PointFeature<PointProps>>(markers.size);
        for (let index = 0; index < markers.size; index++) {
            this.points[index] = {
                type: 'Feature',
                geometry: { type: 'Point', coordinates: [markers.lon(index), markers.lat(index)] },
                properties: { index },
            };
        }
    }

    /** The index that draws this zoom, built when no index covers it yet. */
    private indexFor(zoom: number): ClusterIndex {
        let best: ClusterIndex | undefined;
        for (const built of this.indexes.values()) {
            if (built.maxZoom >= zoom && (!best || built.maxZoom < best.maxZoom)) {
                best = built;
            }
        }
        if (best) {
            return best;
        }
        // close up, only the full index tells markers on one spot from markers that split a zoom later
        let maxZoom = LAST_CLUSTER_ZOOM;
        if (zoom <= INDEX_STEP_ZOOM) {
            maxZoom = this.indexes.size === 0 ? zoom : INDEX_STEP_ZOOM;
        }
        const index = new Supercluster<PointProps, Record<string, never>>({ radius: RADIUS_IN_TILE_UNITS, maxZoom });
        index.load(this.points);
        const built = { index, maxZoom };
        this.indexes.set(maxZoom, built);
        return built;
    }

    override onAdd(map: L.Map): this {
        map.on('moveend', this.redraw, this);
        this.redraw();
        return this;
    }

    override onRemove(map: L.Map): this {
        map.off('moveend', this.redraw, this);
        for (const marker of this.drawn.values()) {
            map.removeLayer(marker);
        }
        this.drawn.clear();
        return this;
    }

    /** Draws what the view shows at its zoom, keeping the markers and clusters that stay. */
    private redraw(): void {
        const map = this._map;
        if (!map) {
            return;
        }
        const view = map.getBounds().pad(VIEW_MARGIN);
        const west = Math.max(-180, view.getWest());
        const east = Math.min(180, view.getEast());
        const south = Math.max(-85, view.getSouth());
        const north = Math.min(85, view.getNorth());
        const zoom = Math.max(0, Math.floor(map.getZoom()));
        const index = this.indexFor(Math.min(zoom, LAST_CLUSTER_ZOOM));
        const features = index.index.getClusters([west, south, east, north], zoom);
        const next = new Map<string, L.Marker>();
        const withoutText: number[] = [];
        for (const feature of features) {
            const cluster = 'cluster' in feature.properties ? (feature as ClusterFeature<object>) : undefined;
            const position = cluster ? -1 : (feature as PointFeature<PointProps>).properties.index;
            const key = cluster ? `c${index.maxZoom}:${cluster.properties.cluster_id}` : `m${position}`;
            let marker = this.drawn.get(key);
            if (!marker) {
                marker = cluster
                    ? this.clusterMarker(index, cluster)
                    : markerFor(this.markers, position, this.pane, this.chosen);
                if (!cluster && this.markers.text(position) === undefined) {
                    withoutText.push(position);
                }
                map.addLayer(marker);
            }
            next.set(key, marker);
        }
        for (const [key, marker] of this.drawn) {
            if (!next.has(key)) {
                map.removeLayer(marker);
            }
        }
        this.drawn = next;
        if (withoutText.length > 0) {
            this.markers.withTexts(withoutText, () => {
                for (const position of withoutText) {
                    const text = this.markers.text(position);
                    const marker = this.drawn.get(`m${position}`);
                    if (text && marker) {
                        giveText(marker, text);
                    }
                }
            });
        }
    }

    private clusterMarker(index: ClusterIndex, cluster: ClusterFeature<object>): L.Marker {
        const [lon, lat] = cluster.geometry.coordinates;
        const count = cluster.properties.point_count;
        const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
        const box = document.createElement('div');
        const label = document.createElement('span');
        label.textContent = String(cluster.properties.point_count_abbreviated);
        box.append(label);
        const marker = L.marker([lat, lon], {
            icon: L.divIcon({ html: box, className: `marker-cluster marker-cluster-${size}`, iconSize: [40, 40] }),
            keyboard: true,
            pane: this.pane,
        });
        const open = () => this.openCluster(index, cluster, marker.getLatLng());
        marker.on('click', open);
        marker.on('keypress', (event) => {
            if ((event as L.LeafletKeyboardEvent).originalEvent.key === 'Enter') {
                open();
            }
        });
        return marker;
    }

    private openCluster(index: ClusterIndex, cluster: ClusterFeature<object>, latlng: L.LatLng): void {
        const map = this._map;
        if (!map) {
            return;
        }
        const id = cluster.properties.cluster_id;
        const zoom = index.index.getClusterExpansionZoom(id);
        if (zoom <= Math.min(LAST_CLUSTER_ZOOM, map.getMaxZoom())) {
            map.setView(latlng, zoom);
            return;
        }
        const positions = index.index.getLeaves(id, Infinity).map((leaf) => leaf.properties.index);
        this.markers.withTexts(positions, () => {
            const list = document.createElement('ul');
            list.className = 'leaflet-map-cluster-list';
            for (const position of positions) {
                const button = document.createElement('button');
                button.type = 'button';
                button.textContent = this.markers.text(position) ?? this.markers.id(position);
                button.addEventListener('click', () => {
                    map.closePopup();
                    this.chosen(position, L.latLng(this.markers.lat(position), this.markers.lon(position)));
                });
                const item = document.createElement('li');
                item.append(button);
                list.append(item);
            }
            if (this._map === map) {
                L.popup({ maxHeight: 240 }).setLatLng(latlng).setContent(list).openOn(map);
            }
        });
    }
}
