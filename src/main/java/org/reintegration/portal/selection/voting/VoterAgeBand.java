package org.reintegration.portal.selection.voting;

/** The age band a voter declares, if they want to: the bands of community profiles, so the two compare. */
public enum VoterAgeBand {
    UNDER_18,
    FROM_18_TO_35,
    FROM_36_TO_59,
    FROM_60
}
