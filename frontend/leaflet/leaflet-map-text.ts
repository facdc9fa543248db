import type { PopupData } from './leaflet-map-model';

/** Text reaches the page only as DOM text, never as HTML. */
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

/** Leaflet's layers control writes names as HTML; escaping keeps them plain text. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
