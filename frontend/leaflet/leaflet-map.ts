import { html, LitElement, unsafeCSS, type PropertyValues } from 'lit';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import L from './leaflet-import';
import { MapControls } from './leaflet-map-controls';
import { buildLayer, type BuiltLayer, type LayerCallbacks } from './leaflet-map-layers';
import { parseJson, type LayerData, type LayerIndexEntry, type TileLayerData } from './leaflet-map-model';
import { leafletMapStyles } from './leaflet-map-styles';
import { ViewSync } from './leaflet-map-view';

/** Without tiles nothing else limits zooming, and fitting a single point would zoom in without end. */
const DEFAULT_MAX_ZOOM = 19;

/**
 * Each marker layer draws into a pane of its own, stacked in layer index order: markers (and cluster icons) of a
 * later layer always lie above those of an earlier one, whatever their latitude. In Leaflet's shared marker pane
 * a southern community dot would cover a northern project cluster and take its clicks. The panes stay between
 * Leaflet's marker pane (600) and its tooltip pane (650).
 */
const MARKER_PANE_BASE_Z = 601;
const MARKER_PANE_MAX_Z = 649;

interface RenderedLayer extends BuiltLayer {
    readonly property: string;
    readonly version: number;
    name?: string;
    visible: boolean;
}

/**
 * `<leaflet-map>`: a Leaflet map driven by element properties that hold JSON (see leaflet-map-model.ts).
 *
 * Properties can arrive before the element is upgraded or rendered, and the element may be detached and
 * attached again at any time; every sync step therefore compares the property with what it last drew and only
 * redraws what changed. Layer data lives in one property per layer, named in the layer index, so that changing
 * one layer neither resends nor redraws the others.
 *
 * Events (bubbling, composed): `leaflet-feature-click`, `leaflet-view-change`, `leaflet-layer-visibility-change`.
 */
export class LeafletMapElement extends LitElement {
    static override properties = {
        tileLayer: { attribute: false },
        layerIndex: { attribute: false },
        view: { attribute: false },
        layerControlVisible: { attribute: false },
        scaleVisible: { attribute: false },
        zoomInTitle: { attribute: false },
        zoomOutTitle: { attribute: false },
    };

    static override styles = [
        unsafeCSS(leafletCss),
        leafletMapStyles,
    ];

    // Declared, not initialised: class fields would shadow the reactive accessors Lit installs.
    declare tileLayer: string | null | undefined;
    declare layerIndex: string | null | undefined;
    declare view: string | null | undefined;
    declare layerControlVisible: boolean | undefined;
    declare scaleVisible: boolean | undefined;
    /** Titles (and accessible names) of the zoom buttons, in the page's language. */
    declare zoomInTitle: string | null | undefined;
    declare zoomOutTitle: string | null | undefined;

    private map?: L.Map;
    private tiles?: L.TileLayer;
    private drawnTileJson?: string | null;
    private drawnIndexJson?: string | null;
    private rendered = new Map<string, RenderedLayer>();
    private controls?: MapControls;
    private viewSync?: ViewSync;

    /** Set while server state is applied, so that the layers control's echo is not taken for a user action. */
    private applyingServerState = false;
    private readonly resizeObserver = new ResizeObserver(() => this.viewSync?.onResize());
    private readonly directionObserver = new MutationObserver(() => this.controls?.setRtl(this.isRtl()));

    private readonly callbacks: LayerCallbacks = {
        featureClicked: (layerId, featureId, latlng) =>
            this.fire('leaflet-feature-click', { layerId, featureId, lat: latlng.lat, lon: latlng.lng }),
        markerTexts: (layerId, version, positions) => this.askMarkerTexts(layerId, version, positions),
    };

    override connectedCallback(): void {
        super.connectedCallback();
        this.resizeObserver.observe(this);
        // Vaadin's UI.setDirection sets dir on <html>; any ancestor's dir attribute can change the direction too.
        this.directionObserver.observe(document.documentElement, {
            attributes: true,
            attributeFilter: ['dir'],
            subtree: true,
        });
        if (this.map) {
            this.controls?.setRtl(this.isRtl());
            this.map.invalidateSize({ pan: false });
        }
    }

    override disconnectedCallback(): void {
        // The map itself is kept: the element may be attached again, and Leaflet holds no global listeners here
        // (trackResize is off), so a discarded element is still garbage collected.
        this.resizeObserver.disconnect();
        this.directionObserver.disconnect();
        super.disconnectedCallback();
    }

    protected override render() {
        return html`<div id="map" part="map"></div>`;
    }

    protected override firstUpdated(): void {
        const container = this.renderRoot.querySelector<HTMLElement>('#map')!;

        // Half zoom steps let a fit fill the frame better than whole steps would. The wheel zooms only while the
        // map has focus (a click or Tab gives it): otherwise a page scrolled with the wheel would be caught by the
        // map as soon as it passes under the pointer.
        const map = L.map(container, {
            zoomControl: false,
            trackResize: false,
            maxZoom: DEFAULT_MAX_ZOOM,
            zoomSnap: 0.5,
            scrollWheelZoom: false,
        });
        this.map = map;
        this.focusWithoutScrolling(container);
        this.zoomWheelOnlyWithFocus(map, container);
        this.controls = new MapControls(map, this.isRtl());
        this.viewSync = new ViewSync(map, () => this.rendered.values(), (detail) =>
            this.fire('leaflet-view-change', detail),
        );
        // A view is needed before layers can be drawn; the server's view request, if any, replaces it right away.
        map.setView([20, 0], 2, { animate: false });
        map.on('moveend', () => this.viewSync?.reportView());
        map.on('overlayadd overlayremove', (event) => this.onOverlayToggled(event as L.LayersControlEvent));
    }

    protected override updated(_changed: PropertyValues): void {
        const { map, controls, viewSync } = this;
        if (!map || !controls || !viewSync) {
            return;
        }
        const firstSync = viewSync.first;
        this.applyingServerState = true;
        try {
            this.syncTiles(map);
            this.syncLayers(map);
            controls.syncLayersControl(Boolean(this.layerControlVisible), [...this.rendered.entries()]);
            controls.syncScaleControl(Boolean(this.scaleVisible));
            controls.syncZoomTitles(this.zoomInTitle, this.zoomOutTitle);
        } finally {
            this.applyingServerState = false;
        }
        const reportsBefore = viewSync.reports;
        viewSync.sync(this.view);
        if (firstSync && viewSync.reports === reportsBefore && !viewSync.waiting) {
            // Nothing moved the map, yet listeners should learn what it shows.
            viewSync.reportView();
        }
    }

    /** Asks the server (the Java LeafletMap) for the texts of some markers of a layer's version. */
    private async askMarkerTexts(
        layerId: string,
        version: number,
        positions: number[],
    ): Promise<(string | null)[] | undefined> {
        const server = (this as unknown as { $server?: Record<string, (...args: unknown[]) => Promise<unknown>> })
            .$server;
        if (!server?.markerTexts) {
            return undefined;
        }
        const answer = await server.markerTexts(layerId, version, positions.join(','));
        return parseJson<(string | null)[]>(answer, `texts of layer ${layerId}`);
    }

    private syncTiles(map: L.Map): void {
        if (this.tileLayer === this.drawnTileJson) {
            return;
        }
        this.drawnTileJson = this.tileLayer;
        this.tiles?.remove();
        this.tiles = undefined;
        const spec = parseJson<TileLayerData>(this.tileLayer, 'tile layer');
        map.setMaxZoom(spec?.maxZoom ?? DEFAULT_MAX_ZOOM);
        if (spec) {
            this.tiles = L.tileLayer(spec.url, { attribution: spec.attribution, maxZoom: spec.maxZoom }).addTo(map);
        }
    }

    private syncLayers(map: L.Map): void {
        if (this.layerIndex === this.drawnIndexJson) {
            return;
        }
        this.drawnIndexJson = this.layerIndex;
        const index = parseJson<LayerIndexEntry[]>(this.layerIndex, 'layer index') ?? [];
        const previous = this.rendered;
        const next = new Map<string, RenderedLayer>();
        let added = false;

        for (const entry of index) {
            let layer = previous.get(entry.id);
            if (!layer || layer.version !== entry.version || layer.property !== entry.property) {
                const data = parseJson<LayerData>(this.dataProperty(entry.property), `layer ${entry.id}`);
                if (!data) {
                    continue;
                }
                layer?.layer.remove();
                previous.delete(entry.id);
                layer = {
                    ...buildLayer(data, entry.id, entry.version, this.callbacks, this.markerPane(map, entry.id)),
                    property: entry.property,
                    version: entry.version,
                    visible: false,
                };
            }
            layer.name = entry.name;
            layer.visible = entry.visible;
            if (entry.visible !== map.hasLayer(layer.layer)) {
                if (entry.visible) {
                    map.addLayer(layer.layer);
                    added = true;
                } else {
                    map.removeLayer(layer.layer);
                }
            }
            next.set(entry.id, layer);
        }
        for (const [id, layer] of previous) {
            if (!next.has(id)) {
                layer.layer.remove();
            }
        }
        this.rendered = next;
        this.stackMarkerPanes(map);
        if (added) {
            this.restackShapes();
        }
    }

    /** The pane for one marker layer's markers and cluster icons, created on first use. */
    private markerPane(map: L.Map, layerId: string): string {
        const name = `markers-${layerId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
        if (!map.getPane(name)) {
            map.createPane(name).style.zIndex = String(MARKER_PANE_BASE_Z);
        }
        return name;
    }

    /** Later marker layers of the index above earlier ones. */
    private stackMarkerPanes(map: L.Map): void {
        let position = 0;
        for (const [id, layer] of this.rendered) {
            if (layer.kind === 'markers') {
                const pane = map.getPane(this.markerPane(map, id));
                pane!.style.zIndex = String(Math.min(MARKER_PANE_MAX_Z, MARKER_PANE_BASE_Z + position++));
            }
        }
    }

    /**
     * Leaflet focuses the map on every press that lands on it. When the map lies partly outside a scrolled panel
     * (the page's content, not the window, scrolls in the portal's frame), that focus scrolls the panel: the
     * content moves between press and release, and the click lands beside the marker that was pressed.
     */
    private focusWithoutScrolling(container: HTMLElement): void {
        const focus = container.focus.bind(container);
        container.focus = (options?: FocusOptions) => focus({ ...options, preventScroll: true });
    }

    private zoomWheelOnlyWithFocus(map: L.Map, container: HTMLElement): void {
        container.addEventListener('focusin', () => map.scrollWheelZoom.enable());
        container.addEventListener('focusout', (event) => {
            const next = event.relatedTarget;
            if (!(next instanceof Node) || !container.contains(next)) {
                map.scrollWheelZoom.disable();
            }
        });
    }

    /** Shapes added to the map land on top of all others; put the shape layers back into index order. */
    private restackShapes(): void {
        for (const layer of this.rendered.values()) {
            if (layer.kind === 'geojson' && this.map?.hasLayer(layer.layer)) {
                (layer.layer as L.GeoJSON).bringToFront();
            }
        }
    }

    private dataProperty(name: string): unknown {
        return (this as unknown as Record<string, unknown>)[name];
    }

    private onOverlayToggled(event: L.LayersControlEvent): void {
        if (this.applyingServerState) {
            return;
        }
        const visible = event.type === 'overlayadd';
        for (const [layerId, layer] of this.rendered) {
            if (layer.layer === event.layer && layer.visible !== visible) {
                layer.visible = visible;
                this.fire('leaflet-layer-visibility-change', { layerId, visible });
            }
        }
        if (visible) {
            this.restackShapes();
        }
    }

    private isRtl(): boolean {
        return getComputedStyle(this).direction === 'rtl';
    }

    private fire(type: string, detail: Record<string, unknown>): void {
        this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }
}

// A second evaluation (hot reload, two bundles) must not throw.
if (!customElements.get('leaflet-map')) {
    customElements.define('leaflet-map', LeafletMapElement);
}

declare global {
    interface HTMLElementTagNameMap {
        'leaflet-map': LeafletMapElement;
    }
}
