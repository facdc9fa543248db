import L from './leaflet-import';
import { parseJson, type ViewRequest } from './leaflet-map-model';

const FIT_PADDING: L.PointTuple = [16, 16];
/** Pins rise about 36 pixels above their point; leave room for the topmost ones. */
const MARKER_FIT_PADDING: Pick<L.FitBoundsOptions, 'paddingTopLeft' | 'paddingBottomRight'> = {
    paddingTopLeft: [20, 44],
    paddingBottomRight: [20, 12],
};

/** A drawn layer as the view needs it: whether it shows, what it covers, whether it holds markers. */
export interface ViewLayer {
    readonly visible: boolean;
    readonly bounds: L.LatLngBounds;
    readonly kind: 'geojson' | 'markers';
}

/**
 * The map's view between server and browser: the server's requests (a centre, an area, "fit the layers") are
 * applied once the map has a size, each once; the user's moves are reported with the number of the last request
 * applied, so the server can tell an answer to its request from a report that crossed it.
 */
export class ViewSync {
    reports = 0;
    private received?: string | null;
    private synced = false;
    private appliedSeq = 0;
    private pending?: ViewRequest;
    /** The last fit, applied again when the element changes size, until the user moves the map. */
    private refitOnResize?: ViewRequest;

    constructor(
        private readonly map: L.Map,
        private readonly layers: () => Iterable<ViewLayer>,
        private readonly report: (detail: Record<string, unknown>) => void,
    ) {
        this.forgetFitOnUserMove(map.getContainer());
    }

    /** Whether the first request is still to be seen. */
    get first(): boolean {
        return !this.synced;
    }

    get waiting(): boolean {
        return this.pending !== undefined;
    }

    /** Takes the view property; applies a new request. */
    sync(viewJson: string | null | undefined): void {
        if (viewJson !== this.received) {
            this.received = viewJson;
            const request = parseJson<ViewRequest>(viewJson, 'view');
            // The first request an element sees is always applied: it is the view to restore after re-attaching.
            // Later ones only when new, because the server echoes the user's own moves with an unchanged number.
            if (request && (!this.synced || request.seq !== this.appliedSeq)) {
                this.pending = request;
            }
        }
        this.synced = true;
        this.applyPending();
    }

    applyPending(): void {
        const map = this.map;
        const request = this.pending;
        if (!request) {
            return;
        }
        const container = map.getContainer();
        if (container.clientWidth === 0 || container.clientHeight === 0) {
            // Fitting needs the real size; the resize observer retries once the element is laid out.
            return;
        }
        map.invalidateSize({ pan: false });
        this.pending = undefined;
        this.refitOnResize = request.type === 'center' ? undefined : request;
        const animate = this.appliedSeq !== 0;
        this.appliedSeq = request.seq;
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
                for (const layer of this.layers()) {
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

    /** Tells the server what the map shows, unless a request of its own is still to be applied. */
    reportView(): void {
        const map = this.map;
        if (this.pending) {
            return;
        }
        const center = map.getCenter();
        const bounds = map.getBounds();
        this.reports++;
        this.report({
            lat: center.lat,
            lon: center.lng,
            zoom: Math.round(map.getZoom()),
            south: bounds.getSouth(),
            west: bounds.getWest(),
            north: bounds.getNorth(),
            east: bounds.getEast(),
            seq: this.appliedSeq,
        });
    }

    onResize(): void {
        this.map.invalidateSize({ pan: false, debounceMoveend: true });
        // A fit made while the layout was still settling would leave part of the shapes outside.
        if (!this.pending && this.refitOnResize) {
            this.pending = { ...this.refitOnResize };
            this.appliedSeq = this.refitOnResize.seq;
        }
        this.applyPending();
    }

    /** Once the user pans or zooms, the view is theirs: a resize no longer fits the map again. */
    private forgetFitOnUserMove(container: HTMLElement): void {
        for (const type of ['pointerdown', 'wheel', 'keydown', 'touchstart']) {
            container.addEventListener(type, () => (this.refitOnResize = undefined), { passive: true });
        }
    }
}
