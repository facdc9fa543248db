/**
 * Leaflet, for the element's modules. Vaadin's build resolves a bare `leaflet` import in the element's own module
 * against the `frontend/leaflet/` folder first, so the element's modules import Leaflet through this one.
 */
import L from 'leaflet';

export default L;
