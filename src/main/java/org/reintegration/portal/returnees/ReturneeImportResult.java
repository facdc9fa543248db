package org.reintegration.portal.returnees;

/**
 * What an import of returnee counts did.
 *
 * @param added          rows stored for the first time
 * @param alreadyPresent rows whose figures were already stored (from an earlier import of the same rows)
 */
public record ReturneeImportResult(String fileName, int added, int alreadyPresent) {}
