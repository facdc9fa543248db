package org.reintegration.portal.geo;

/** What a boundary import did: areas created and areas whose stored data it replaced. */
public record BoundaryImportResult(String fileName, int created, int updated) {}
