package org.reintegration.portal.community.profile;

/** The handbook's seven criteria for choosing community-based reintegration. */
public enum SuitabilityCriterion {
    MANY_RETURNEES_IN_SHORT_TIME,
    RETURNEE_SKILLS_MATCH,
    COMMUNITY_INTEREST_AND_MOTIVATED_MIGRANTS,
    BASIC_INFRASTRUCTURE,
    SERVICES_AVAILABLE,
    STABILITY_SECURITY_ECONOMIC_OPPORTUNITY,
    CIVIL_SOCIETY_ACTIVE
}
