import { html, LitElement, unsafeCSS, type PropertyValues } from 'lit';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import L from './leaflet-import';
import { buildLayer, escapeHtml, type BuiltLayer, type LayerCallbacks } from './leaflet-map-layers';
import {
    parseJson,
    type LayerData,
    type LayerIndexEntry,
    type TileLayerData,
    type ViewRequest,
} from './leaflet-map-model';
import { leafletMapStyles } from './leaflet-map-styles';

/** Without tiles nothing else limits zooming, and fitting a single point would zoom in without end. */
const DEFAULT_MAX_ZOOM = 19;
const FIT_PADDING: L.PointTuple = [16, 16];
/** Pins rise about 36 pixels above their point; leave room for the topmost ones. */
const MARKER_FIT_PADDING: Pick<L.FitBoundsOptions, 'paddingTopLeft' | 'paddingBottomRight'> = {
    paddingTopLeft: [20, 44],
    paddingBottomRight: [20, 12],
};

/** Corners for a left-to-right page; {@link LeafletMapElement.corner} mirrors them for right-to-left pages. */
const ZOOM_CORNER: L.ControlPosition = 'topleft';
const LAYERS_CORNER: L.ControlPosition = 'topright';
const ATTRIBUTION_CORNER: L.ControlPosition = 'bottomright';
const LEGEND_CORNER: L.ControlPosition = 'bottomright';
const SCALE_CORNER: L.ControlPosition = 'bottomleft';

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

    private zoomControl?: L.Control.Zoom;
    private layersControl?: L.Control.Layers;
    private layersControlSignature = '';
    private scaleControl?: L.Control.Scale;
    private legendControl?: L.Control;
    private legendBox?: HTMLElement;

    private viewReports = 0;
    private receivedViewJson?: string | null;
    private viewSynced = false;
    private appliedViewSeq = 0;
    private pendingView?: ViewRequest;
    /** The last fit, applied again when the element changes size, until the user moves the map. */
    private refitOnResize?: ViewRequest;

    /** Set while server state is applied, so that the layers control's echo is not taken for a user action. */
    private applyingServerState = false;
    private rtl = false;
    private readonly resizeObserver = new ResizeObserver(() => this.onResize());
    private readonly directionObserver = new MutationObserver(() => this.applyDirection());

    private readonly callbacks: LayerCallbacks = {
        featureClicked: (layerId, featureId, latlng) =>
            this.fire('leaflet-feature-click', { layerId, featureId, lat: latlng.lat, lon: latlng.lng }),
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
            this.applyDirection();
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
        this.rtl = this.isRtl();
        container.classList.toggle('leaflet-map-rtl', this.rtl);

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
        this.forgetFitOnUserMove(container);
        this.zoomWheelOnlyWithFocus(map, container);
        map.attributionControl.setPosition(this.corner(ATTRIBUTION_CORNER));
        this.zoomControl = L.control.zoom({ position: this.corner(ZOOM_CORNER) }).addTo(map);
        this.legendControl = this.createLegendControl().addTo(map);
        this.updateLegendVisibility();
        // A view is needed before layers can be drawn; the server's view request, if any, replaces it right away.
        map.setView([20, 0], 2, { animate: false });
        map.on('moveend', () => this.reportView());
        map.on('overlayadd overlayremove', (event) => this.onOverlayToggled(event as L.LayersControlEvent));
    }

    protected override updated(_changed: PropertyValues): void {
        if (!this.map) {
            return;
        }
        const firstSync = !this.viewSynced;
        this.applyingServerState = true;
        try {
            this.syncTiles(this.map);
            this.syncLayers(this.map);
            this.syncLayersControl(this.map);
            this.syncScaleControl(this.map);
            this.syncZoomTitles();
        } finally {
            this.applyingServerState = false;
        }
        const reportsBefore = this.viewReports;
        this.syncView();
        if (firstSync && this.viewReports === reportsBefore && !this.pendingView) {
            // Nothing moved the map, yet listeners should learn what it shows.
            this.reportView();
        }
    }

    private syncZoomTitles(): void {
        const container = this.zoomControl?.getContainer();
        const buttons: [string, string | null | undefined][] = [
            ['.leaflet-control-zoom-in', this.zoomInTitle],
            ['.leaflet-control-zoom-out', this.zoomOutTitle],
        ];
        for (const [selector, title] of buttons) {
            const button = container?.querySelector<HTMLElement>(selector);
            if (button && title) {
                button.title = title;
                button.setAttribute('aria-label', title);
            }
        }
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
                    ...buildLayer(data, entry.id, this.callbacks, this.markerPane(map, entry.id)),
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

    private syncLayersControl(map: L.Map): void {
        const named = [...this.rendered.entries()].filter(([, layer]) => layer.name);
        const wanted = Boolean(this.layerControlVisible) && named.length > 0;
        const signature = wanted
            ? named.map(([id, layer]) => `${id}\u0000${layer.name}\u0000${L.Util.stamp(layer.layer)}`).join('\u0001')
            : '';
        if (wanted === Boolean(this.layersControl) && signature === this.layersControlSignature) {
            return;
        }
        this.layersControl?.remove();
        this.layersControl = undefined;
        this.layersControlSignature = signature;
        if (wanted) {
            const control = L.control.layers(undefined, undefined, {
                position: this.corner(LAYERS_CORNER),
                collapsed: true,
            });
            for (const [, layer] of named) {
                control.addOverlay(layer.layer, escapeHtml(layer.name!));
            }
            this.layersControl = control.addTo(map);
        }
    }

    private syncScaleControl(map: L.Map): void {
        const wanted = Boolean(this.scaleVisible);
        if (wanted === Boolean(this.scaleControl)) {
            return;
        }
        if (wanted) {
            this.scaleControl = L.control.scale({ position: this.corner(SCALE_CORNER), imperial: false }).addTo(map);
        } else {
            this.scaleControl?.remove();
            this.scaleControl = undefined;
        }
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

    private syncView(): void {
        if (this.view !== this.receivedViewJson) {
            this.receivedViewJson = this.view;
            const request = parseJson<ViewRequest>(this.view, 'view');
            // The first request an element sees is always applied: it is the view to restore after re-attaching.
            // Later ones only when new, because the server echoes the user's own moves with an unchanged number.
            if (request && (!this.viewSynced || request.seq !== this.appliedViewSeq)) {
                this.pendingView = request;
            }
        }
        this.viewSynced = true;
        this.applyPendingView();
    }

    private applyPendingView(): void {
        const map = this.map;
        const request = this.pendingView;
        if (!map || !request) {
            return;
        }
        const container = map.getContainer();
        if (container.clientWidth === 0 || container.clientHeight === 0) {
            // Fitting needs the real size; the resize observer retries once the element is laid out.
            return;
        }
        map.invalidateSize({ pan: false });
        this.pendingView = undefined;
        this.refitOnResize = request.type === 'center' ? undefined : request;
        const animate = this.appliedViewSeq !== 0;
        this.appliedViewSeq = request.seq;
        switch (request.type) {
            case 'center':
                map.setView([request.lat, request.lon], request.zoom, { animate });
                break;
            case 'bounds':
                map.fitBounds(
                    L.latLngBounds([request.south, request.west], [request.north, request.east]),
                    { padding: FIT_PADDING, animate },
                );
                break;
            case 'layers': {
                const bounds = L.latLngBounds([]);
                let markers = false;
                for (const layer of this.rendered.values()) {
                    if (layer.visible && layer.bounds.isValid()) {
                        bounds.extend(layer.bounds);
                        markers ||= layer.kind === 'markers';
                    }
                }
                if (bounds.isValid()) {
                    const padding = markers ? MARKER_FIT_PADDING : { padding: FIT_PADDING };
                    map.fitBounds(bounds, { ...padding, animate });
                }
                break;
            }
        }
    }

    private reportView(): void {
        const map = this.map;
        if (!map || this.pendingView) {
            return;
        }
        const center = map.getCenter();
        const bounds = map.getBounds();
        this.viewReports++;
        this.fire('leaflet-view-change', {
            lat: center.lat,
            lon: center.lng,
            zoom: Math.round(map.getZoom()),
            south: bounds.getSouth(),
            west: bounds.getWest(),
            north: bounds.getNorth(),
            east: bounds.getEast(),
            seq: this.appliedViewSeq,
        });
    }

    private onResize(): void {
        if (this.map) {
            this.map.invalidateSize({ pan: false, debounceMoveend: true });
            // A fit made while the layout was still settling would leave part of the shapes outside.
            if (!this.pendingView && this.refitOnResize) {
                this.pendingView = { ...this.refitOnResize };
                this.appliedViewSeq = this.refitOnResize.seq;
            }
            this.applyPendingView();
        }
    }

    /** Once the user pans or zooms, the view is theirs: a resize no longer fits the map again. */
    private forgetFitOnUserMove(container: HTMLElement): void {
        for (const type of ['pointerdown', 'wheel', 'keydown', 'touchstart']) {
            container.addEventListener(type, () => (this.refitOnResize = undefined), { passive: true });
        }
    }

    private createLegendControl(): L.Control {
        const box = document.createElement('div');
        box.className = 'leaflet-control leaflet-map-legend';
        const slot = document.createElement('slot');
        slot.name = 'legend';
        slot.addEventListener('slotchange', () => this.updateLegendVisibility());
        box.append(slot);
        // Clicks, drags and wheel turns on the legend belong to it, not to the map underneath.
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        this.legendBox = box;
        const control = new L.Control({ position: this.corner(LEGEND_CORNER) });
        control.onAdd = () => box;
        return control;
    }

    private updateLegendVisibility(): void {
        const slot = this.legendBox?.querySelector('slot');
        if (this.legendBox && slot) {
            this.legendBox.hidden = slot.assignedNodes({ flatten: true }).length === 0;
        }
    }

    private isRtl(): boolean {
        return getComputedStyle(this).direction === 'rtl';
    }

    private corner(ltrPosition: L.ControlPosition): L.ControlPosition {
        if (!this.rtl) {
            return ltrPosition;
        }
        return ltrPosition.endsWith('left')
            ? (ltrPosition.replace('left', 'right') as L.ControlPosition)
            : (ltrPosition.replace('right', 'left') as L.ControlPosition);
    }

    private applyDirection(): void {
        const map = this.map;
        const rtl = this.isRtl();
        if (!map || rtl === this.rtl) {
            return;
        }
        this.rtl = rtl;
        map.getContainer().classList.toggle('leaflet-map-rtl', rtl);
        // Re-adding in this order keeps the legend above the attribution, as at creation.
        this.zoomControl?.setPosition(this.corner(ZOOM_CORNER));
        this.layersControl?.setPosition(this.corner(LAYERS_CORNER));
        map.attributionControl.setPosition(this.corner(ATTRIBUTION_CORNER));
        this.legendControl?.setPosition(this.corner(LEGEND_CORNER));
        this.scaleControl?.setPosition(this.corner(SCALE_CORNER));
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
