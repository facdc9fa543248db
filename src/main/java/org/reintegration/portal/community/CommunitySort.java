package org.reintegration.portal.community;

/** The orders a community list can take; ties are broken by id so that paging is stable. */
public enum CommunitySort {
    NAME,
    AREA,
    RECENTLY_CHANGED,
    /** Highest tension first; communities never profiled last. */
    TENSION,
    /** Longest without a profile first; never profiled before all others. */
    LAST_PROFILED
}
