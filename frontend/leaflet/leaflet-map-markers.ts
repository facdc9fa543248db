import L from './leaflet-import';
import type { MarkerData, MarkerLayerData, PopupData } from './leaflet-map-model';
import { popupElement, textElement } from './leaflet-map-text';

/** Asks the server for the texts of some markers of a layer; undefined when it cannot answer. */
export type TextSource = (positions: number[]) => Promise<(string | null)[] | undefined>;

/** What a drawn marker reports: a click or Enter on marker number `position` of its layer. */
export type MarkerChosen = (position: number, latlng: L.LatLng) => void;

const DEFAULT_MARKER_COLOR = '#2563eb';
/** The server answers at most 2,000 texts at a time. */
const TEXTS_PER_REQUEST = 1000;

/**
 * The markers of one layer as sent (columns, see MarkerLayerData), read marker by marker only where one is drawn:
 * nothing is made per marker when the layer arrives. Texts sent on demand are asked for in one request per batch
 * of markers drawn together, and kept.
 */
export class MarkerSet {
    readonly size: number;
    /** Per marker: its text; null when it has none; undefined while not known. */
    private readonly texts: (string | null | undefined)[];
    private wanted = new Set<number>();
    private inFlight = new Set<number>();
    private waiting: { positions: number[]; then: () => void }[] = [];
    private asking = false;

    constructor(
        private readonly data: MarkerLayerData,
        private readonly source?: TextSource,
    ) {
        this.size = data.lookOf.length;
        this.texts = data.textsOnDemand ? new Array(this.size) : (data.tooltips ?? []).slice();
        if (!data.textsOnDemand) {
            this.texts.length = this.size;
            for (let i = 0; i < this.size; i++) {
                this.texts[i] ??= null;
            }
        }
    }

    id(position: number): string {
        const id = this.data.ids[position];
        return (this.data.idPrefix ?? '') + String(id);
    }

    lat(position: number): number {
        return this.data.points[2 * position];
    }

    lon(position: number): number {
        return this.data.points[2 * position + 1];
    }

    /** The marker's tooltip, null when it has none, undefined while it is still to come from the server. */
    text(position: number): string | null | undefined {
        return this.texts[position];
    }

    popup(position: number): PopupData | null | undefined {
        return this.data.popups?.[position];
    }

    spec(position: number): MarkerData {
        const look = this.data.looks[this.data.lookOf[position]] ?? {};
        return {
            id: this.id(position),
            lat: this.lat(position),
            lon: this.lon(position),
            color: look.color,
            symbol: look.symbol,
            shape: look.shape,
            tooltip: this.texts[position] ?? undefined,
        };
    }

    /** The area the markers cover, without making an object per marker. */
    bounds(): L.LatLngBounds {
        if (this.size === 0) {
            return L.latLngBounds([]);
        }
        let south = Infinity;
        let west = Infinity;
        let north = -Infinity;
        let east = -Infinity;
        const points = this.data.points;
        for (let i = 0; i < points.length; i += 2) {
            const lat = points[i];
            const lon = points[i + 1];
            if (lat < south) south = lat;
            if (lat > north) north = lat;
            if (lon < west) west = lon;
            if (lon > east) east = lon;
        }
        return L.latLngBounds([south, west], [north, east]);
    }

    /**
     * Calls `then` once the texts of these markers are known: at once when they are, else after one request for
     * every marker wanted until the current task ends (a redraw asks for all the markers it drew at once).
     */
    withTexts(positions: number[], then: () => void): void {
        const missing = positions.filter((position) => this.texts[position] === undefined);
        if (missing.length === 0) {
            then();
            return;
        }
        missing.filter((position) => !this.inFlight.has(position)).forEach((position) => this.wanted.add(position));
        this.waiting.push({ positions: missing, then });
        if (!this.asking) {
            this.asking = true;
            queueMicrotask(() => void this.ask());
        }
    }

    private async ask(): Promise<void> {
        const positions = [...this.wanted];
        const waiting = this.waiting;
        this.inFlight = this.wanted;
        this.wanted = new Set();
        this.waiting = [];
        for (let from = 0; from < positions.length; from += TEXTS_PER_REQUEST) {
            const asked = positions.slice(from, from + TEXTS_PER_REQUEST);
            let answer: (string | null)[] | undefined;
            try {
                answer = this.source ? await this.source(asked) : undefined;
            } catch (error) {
                console.error('leaflet-map: marker texts not received', error);
            }
            asked.forEach((position, i) => {
                // without an answer a marker keeps its id as its name rather than asking again and again
                this.texts[position] = answer?.[i] ?? null;
            });
        }
        this.inFlight = new Set();
        this.asking = false;
        for (const { then } of waiting) {
            then();
        }
        if (this.waiting.length > 0) {
            this.asking = true;
            void this.ask();
        }
    }
}

/** A marker of the set, drawn into the pane; its tooltip and accessible name follow once its text is known. */
export function markerFor(markers: MarkerSet, position: number, pane: string, chosen: MarkerChosen): L.Marker {
    const spec = markers.spec(position);
    const marker = L.marker([spec.lat, spec.lon], {
        icon: new SymbolIcon(spec),
        keyboard: true,
        riseOnHover: true,
        pane,
    });
    if (spec.tooltip) {
        giveText(marker, spec.tooltip);
    }
    const popup = markers.popup(position);
    if (popup) {
        marker.bindPopup(() => popupElement(popup));
    }
    marker.on('click', () => chosen(position, marker.getLatLng()));
    // Leaflet opens a bound popup on Enter but fires no click; keyboard users must reach the server too.
    marker.on('keypress', (event) => {
        if ((event as L.LeafletKeyboardEvent).originalEvent.key === 'Enter') {
            chosen(position, marker.getLatLng());
        }
    });
    return marker;
}

/** Gives a drawn marker the text that came later: its tooltip and its accessible name. */
export function giveText(marker: L.Marker, text: string): void {
    if (!marker.getTooltip()) {
        marker.bindTooltip(() => textElement('div', 'leaflet-map-tooltip', text), { direction: 'top' });
    }
    marker.getElement()?.setAttribute('aria-label', text);
    const icon = marker.options.icon;
    if (icon instanceof SymbolIcon) {
        icon.label = text;
    }
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
    /** The accessible name: the tooltip, else (until it arrives, or without one) the id. */
    label: string;

    constructor(spec: MarkerData) {
        super(spec.shape === 'dot' ? DOT_OPTIONS : PIN_OPTIONS);
        this.spec = spec;
        this.label = spec.tooltip ?? spec.id;
    }

    override createIcon(oldIcon?: HTMLElement): HTMLElement {
        const root = super.createIcon(oldIcon);
        const color = this.spec.color ?? DEFAULT_MARKER_COLOR;
        root.setAttribute('data-marker-id', this.spec.id);
        root.setAttribute('aria-label', this.label);
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
