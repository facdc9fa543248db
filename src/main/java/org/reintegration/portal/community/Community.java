package org.reintegration.portal.community;

/** A stored community. Archived communities keep their history but leave lists and maps. */
public record Community(long id, CommunityData data, boolean archived) {}
