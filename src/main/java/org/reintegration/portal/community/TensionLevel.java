package org.reintegration.portal.community;

/** How tense relations are in the community, on the scale monitoring visits use too. */
public enum TensionLevel {
    NONE,
    LOW,
    MEDIUM,
    HIGH
}
