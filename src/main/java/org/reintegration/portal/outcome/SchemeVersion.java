package org.reintegration.portal.outcome;

/** A stored scheme version read into its rules. */
public record SchemeVersion(StoredScheme stored, ScoringScheme scheme) {

    public int version() {
        return stored.version();
    }
}
