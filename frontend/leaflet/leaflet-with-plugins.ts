/**
 * Leaflet with leaflet.markercluster installed into it.
 *
 * The plugin is a UMD script that extends the global `L`, which Leaflet's CommonJS build sets as a side effect.
 * The default import is that very object (the CommonJS exports), so the plugin's additions are visible through
 * it; a namespace import could be a frozen copy taken before the plugin ran. Importing both here, in this order,
 * keeps that ordering in one place.
 */
import L from 'leaflet';
import 'leaflet.markercluster';

export default L;
