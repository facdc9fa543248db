package org.reintegration.portal.community;

/** The orders a community list can take; ties are broken by id so that paging is stable. */
public enum CommunitySort {
    NAME,
    AREA,
    RECENTLY_CHANGED
}
