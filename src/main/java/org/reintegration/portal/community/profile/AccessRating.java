package org.reintegration.portal.community.profile;

/** How accessible a service is for the community. */
public enum AccessRating {
    NONE,
    POOR,
    FAIR,
    GOOD
}
