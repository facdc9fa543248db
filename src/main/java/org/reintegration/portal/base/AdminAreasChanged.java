package org.reintegration.portal.base;

/**
 * Published inside the transaction that changed the admin-area tree (a boundary import), so that what is computed
 * over the tree can be computed anew before the change commits.
 */
public record AdminAreasChanged() {}
