package org.reintegration.portal.community.profile;

/** The groups whose numbers a profile records. */
public enum PopulationGroup {
    RETURNEES,
    IDPS,
    RESIDENTS
}
