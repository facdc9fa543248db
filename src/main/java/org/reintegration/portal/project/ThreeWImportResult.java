package org.reintegration.portal.project;

/** What a 3W import did: projects added, projects whose figures changed, and rows already stored as they are. */
public record ThreeWImportResult(String fileName, int added, int updated, int unchanged) {}
