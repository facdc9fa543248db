package org.reintegration.portal.geo;

/** An admin area with its GeoJSON geometry, for drawing on a map. */
public record AreaShape(AdminArea area, String geometryJson) {}
