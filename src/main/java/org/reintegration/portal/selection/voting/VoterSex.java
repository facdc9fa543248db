package org.reintegration.portal.selection.voting;

/** The sex a voter declares, if they want to. */
public enum VoterSex {
    FEMALE,
    MALE
}
