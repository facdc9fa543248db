package org.reintegration.portal.community.profile;

/** The services whose accessibility a profile rates. */
public enum ServiceKind {
    HOUSING,
    EDUCATION,
    HEALTH,
    WATER_SANITATION,
    DOCUMENTATION,
    JUSTICE_SAFETY,
    PUBLIC_INFRASTRUCTURE,
    EMPLOYMENT_SERVICES
}
