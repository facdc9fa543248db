package org.reintegration.portal.community.provider;

/** What a service provider offers, as staff map it (service mapping). */
public enum ProviderType {
    HEALTH,
    EDUCATION,
    LEGAL,
    PSYCHOSOCIAL,
    EMPLOYMENT,
    FINANCIAL,
    HOUSING,
    DOCUMENTATION,
    OTHER
}
