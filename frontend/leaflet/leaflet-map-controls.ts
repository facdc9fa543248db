import L from './leaflet-import';
import { escapeHtml } from './leaflet-map-text';

/** Corners for a left-to-right page; {@link MapControls.corner} mirrors them for right-to-left pages. */
const ZOOM_CORNER: L.ControlPosition = 'topleft';
const LAYERS_CORNER: L.ControlPosition = 'topright';
const ATTRIBUTION_CORNER: L.ControlPosition = 'bottomright';
const LEGEND_CORNER: L.ControlPosition = 'bottomright';
const SCALE_CORNER: L.ControlPosition = 'bottomleft';

/** A layer the layers control may list. */
export interface NamedLayer {
    readonly layer: L.Layer;
    readonly name?: string;
}

/**
 * The map's controls: zoom buttons with titles in the page's language, the layers control, the scale bar and the
 * legend box (a slot for the server's legend component), placed in corners that swap sides on a right-to-left page.
 */
export class MapControls {
    private rtl: boolean;
    private zoomControl: L.Control.Zoom;
    private layersControl?: L.Control.Layers;
    private layersControlSignature = '';
    private scaleControl?: L.Control.Scale;
    private legendControl: L.Control;
    private legendBox!: HTMLElement;

    constructor(
        private readonly map: L.Map,
        rtl: boolean,
    ) {
        this.rtl = rtl;
        map.getContainer().classList.toggle('leaflet-map-rtl', rtl);
        map.attributionControl.setPosition(this.corner(ATTRIBUTION_CORNER));
        this.zoomControl = L.control.zoom({ position: this.corner(ZOOM_CORNER) }).addTo(map);
        this.legendControl = this.createLegendControl().addTo(map);
        this.updateLegendVisibility();
    }

    /** Titles (and accessible names) of the zoom buttons. */
    syncZoomTitles(zoomIn: string | null | undefined, zoomOut: string | null | undefined): void {
        const container = this.zoomControl.getContainer();
        const buttons: [string, string | null | undefined][] = [
            ['.leaflet-control-zoom-in', zoomIn],
            ['.leaflet-control-zoom-out', zoomOut],
        ];
        for (const [selector, title] of buttons) {
            const button = container?.querySelector<HTMLElement>(selector);
            if (button && title) {
                button.title = title;
                button.setAttribute('aria-label', title);
            }
        }
    }

    /** Shows the layers control listing the named layers, or removes it; rebuilt only when the list changed. */
    syncLayersControl(visible: boolean, layers: [string, NamedLayer][]): void {
        const named = layers.filter(([, layer]) => layer.name);
        const wanted = visible && named.length > 0;
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
            this.layersControl = control.addTo(this.map);
        }
    }

    syncScaleControl(visible: boolean): void {
        if (visible === Boolean(this.scaleControl)) {
            return;
        }
        if (visible) {
            this.scaleControl = L.control
                .scale({ position: this.corner(SCALE_CORNER), imperial: false })
                .addTo(this.map);
        } else {
            this.scaleControl?.remove();
            this.scaleControl = undefined;
        }
    }

    /** Moves the controls to the other side when the page's direction changed. */
    setRtl(rtl: boolean): void {
        if (rtl === this.rtl) {
            return;
        }
        this.rtl = rtl;
        this.map.getContainer().classList.toggle('leaflet-map-rtl', rtl);
        // Re-adding in this order keeps the legend above the attribution, as at creation.
        this.zoomControl.setPosition(this.corner(ZOOM_CORNER));
        this.layersControl?.setPosition(this.corner(LAYERS_CORNER));
        this.map.attributionControl.setPosition(this.corner(ATTRIBUTION_CORNER));
        this.legendControl.setPosition(this.corner(LEGEND_CORNER));
        this.scaleControl?.setPosition(this.corner(SCALE_CORNER));
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
        const slot = this.legendBox.querySelector('slot');
        if (slot) {
            this.legendBox.hidden = slot.assignedNodes({ flatten: true }).length === 0;
        }
    }

    private corner(ltrPosition: L.ControlPosition): L.ControlPosition {
        if (!this.rtl) {
            return ltrPosition;
        }
        return ltrPosition.endsWith('left')
            ? (ltrPosition.replace('left', 'right') as L.ControlPosition)
            : (ltrPosition.replace('right', 'left') as L.ControlPosition);
    }
}
