package org.reintegration.portal.community.profile;

/** How a profile was made. */
public enum AssessmentMethod {
    FOCUS_GROUPS,
    KEY_INFORMANTS,
    HOUSEHOLD_SURVEY,
    COMMUNITY_MEETING,
    SECONDARY_DATA
}
