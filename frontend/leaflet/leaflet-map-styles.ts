import { css } from 'lit';

/**
 * The element's own styles, applied after Leaflet's. Custom properties for theming:
 * --leaflet-map-background, --leaflet-map-font-size, --leaflet-map-control-background, --leaflet-map-focus-color.
 */
export const leafletMapStyles = css`
    :host {
        display: block;
        position: relative;
        box-sizing: border-box;
        width: 100%;
        height: 400px;
        /* Leaflet's panes and controls use z-indexes up to 1000; keep them from covering the page's overlays. */
        isolation: isolate;
    }

    :host([hidden]) {
        display: none !important;
    }

    #map {
        position: absolute;
        inset: 0;
    }

    .leaflet-container {
        font-family: inherit;
        font-size: var(--leaflet-map-font-size, 0.8125rem);
        background: var(--leaflet-map-background, #e6eaed);
    }

    .leaflet-container:focus-visible,
    .leaflet-container .leaflet-control a:focus-visible,
    .leaflet-container .leaflet-control input:focus-visible,
    .leaflet-marker-icon:focus-visible {
        outline: 2px solid var(--leaflet-map-focus-color, #1a73e8);
        outline-offset: 1px;
    }

    .leaflet-container:focus-visible {
        outline-offset: -2px;
    }

    /* Shapes, tiles and markers are laid out in screen coordinates and must not be mirrored on RTL pages. */
    .leaflet-map-pane {
        direction: ltr;
    }

    .leaflet-map-rtl .leaflet-tooltip,
    .leaflet-map-rtl .leaflet-popup-content {
        direction: rtl;
        text-align: right;
    }

    .leaflet-map-rtl .leaflet-popup-content {
        margin: 13px 20px 13px 24px;
    }

    .leaflet-map-rtl a.leaflet-popup-close-button {
        right: auto;
        left: 0;
    }

    .leaflet-map-legend {
        background: var(--leaflet-map-control-background, #ffffff);
        border-radius: 6px;
        box-shadow: 0 1px 5px rgba(0, 0, 0, 0.35);
        padding: 6px 10px;
        max-width: min(20rem, 60vw);
        max-height: 50vh;
        overflow: auto;
        line-height: 1.4;
    }

    .leaflet-map-legend[hidden] {
        display: none;
    }

    .leaflet-map-popup-title {
        font-weight: 600;
        margin-bottom: 2px;
    }

    /* Leaflet measures the popup unwrapped, capped at its maxWidth; long words must still break after that. */
    .leaflet-map-popup {
        overflow-wrap: anywhere;
    }

    /*
     * Shapes with a tooltip are focusable. A focus ring would be their bounding box, drawn even after a mouse
     * click in Chrome; keyboard focus highlights the outline instead.
     */
    path.leaflet-interactive:focus {
        outline: none;
    }

    path.leaflet-interactive:focus-visible {
        stroke: var(--leaflet-map-focus-color, #1a73e8);
        stroke-width: 4px;
        stroke-opacity: 1;
    }

    .leaflet-symbol-marker {
        background: none;
        border: none;
    }

    .leaflet-symbol-marker-pin {
        position: absolute;
        left: 1px;
        top: 1px;
        box-sizing: border-box;
        width: 28px;
        height: 28px;
        border: 2px solid #ffffff;
        border-radius: 50% 50% 50% 0;
        transform: rotate(-45deg);
        box-shadow: 0 1px 4px rgba(0, 0, 0, 0.45);
        display: flex;
        align-items: center;
        justify-content: center;
    }

    .leaflet-symbol-marker-dot {
        position: absolute;
        left: 1px;
        top: 1px;
        box-sizing: border-box;
        width: 16px;
        height: 16px;
        border: 2px solid #ffffff;
        border-radius: 50%;
        /* a dark ring outside the white one: the dot stands out on light and dark fills alike */
        box-shadow:
            0 0 0 1px rgba(0, 0, 0, 0.7),
            0 1px 3px rgba(0, 0, 0, 0.45);
        display: flex;
        align-items: center;
        justify-content: center;
    }

    .leaflet-symbol-marker-dot .leaflet-symbol-marker-symbol {
        transform: none;
        font-size: 9px;
    }

    .leaflet-symbol-marker-symbol {
        transform: rotate(45deg);
        font-size: 12px;
        font-weight: 700;
        line-height: 1;
        white-space: nowrap;
        overflow: hidden;
        max-width: 20px;
        text-align: center;
    }
    /* A cluster: its count on a dark disc inside a lighter ring, larger clusters darker. */
    .marker-cluster {
        border-radius: 50%;
        background: rgba(29, 78, 216, 0.35);
    }

    .marker-cluster div {
        box-sizing: border-box;
        width: 30px;
        height: 30px;
        margin: 5px;
        border: 2px solid #ffffff;
        border-radius: 50%;
        background: #1d4ed8;
        color: #ffffff;
        font-weight: 700;
        display: flex;
        align-items: center;
        justify-content: center;
        box-shadow: 0 1px 4px rgba(0, 0, 0, 0.45);
    }

    .marker-cluster-medium div {
        background: #1e3a8a;
    }

    .marker-cluster-large div {
        background: #172554;
    }

    .marker-cluster:focus-visible {
        outline: 3px solid var(--leaflet-map-focus-color, #1a73e8);
        outline-offset: 2px;
    }

    .leaflet-map-cluster-list {
        list-style: none;
        margin: 0;
        padding: 0;
    }

    .leaflet-map-cluster-list button {
        display: block;
        width: 100%;
        min-height: 44px;
        padding: 0.25em 0.5em;
        border: none;
        border-bottom: 1px solid #d0d7de;
        background: none;
        font: inherit;
        text-align: start;
        cursor: pointer;
    }

    .leaflet-map-cluster-list button:hover,
    .leaflet-map-cluster-list button:focus-visible {
        background: #eef2ff;
    }
`;
