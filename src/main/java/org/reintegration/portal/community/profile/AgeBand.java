package org.reintegration.portal.community.profile;

/** Age bands of the aggregated counts. */
public enum AgeBand {
    UNDER_18,
    FROM_18_TO_35,
    FROM_36_TO_59,
    FROM_60
}
