package org.reintegration.portal.community;

/**
 * A stored community. Archived communities keep their history but leave lists and maps.
 *
 * @param current the current profile's key figures; null until the community is first profiled
 */
public record Community(long id, CommunityData data, boolean archived, CurrentFigures current) {}
