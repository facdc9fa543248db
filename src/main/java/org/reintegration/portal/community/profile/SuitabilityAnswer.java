package org.reintegration.portal.community.profile;

public enum SuitabilityAnswer {
    YES,
    PARTLY,
    NO
}
