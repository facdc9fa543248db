package org.reintegration.portal.selection.round;

/** Where a selection round stands. Staff move it forward one phase at a time. */
public enum Phase {
    PROPOSALS,
    REVIEW,
    VOTING,
    RESULTS,
    CLOSED;

    /** The phase after this one, or null for CLOSED. */
    public Phase next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }

    public String labelKey() {
        return "phase." + name();
    }
}
