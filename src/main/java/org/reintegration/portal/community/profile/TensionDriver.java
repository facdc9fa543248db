package org.reintegration.portal.community.profile;

/** What drives tension between returnees and residents. */
public enum TensionDriver {
    COMPETITION_FOR_JOBS,
    COMPETITION_FOR_LAND,
    COMPETITION_FOR_SERVICES,
    HOUSING,
    STIGMA_OF_RETURN,
    OTHER
}
