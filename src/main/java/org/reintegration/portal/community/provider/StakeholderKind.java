package org.reintegration.portal.community.provider;

/** Who a service provider is (stakeholder mapping). */
public enum StakeholderKind {
    GOVERNMENT,
    NGO,
    COMMUNITY_BASED,
    PRIVATE,
    UN_AGENCY,
    RELIGIOUS,
    OTHER
}
