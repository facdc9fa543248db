package org.reintegration.portal.selection.voting;

/**
 * What a voter chose to say about themselves, for participation statistics only. Every part is
 * optional ({@code null}: prefer not to say); the same bands as community profiles, so the two can be
 * compared.
 */
public record VoterProfile(VoterGroup group, VoterSex sex, VoterAgeBand ageBand) {

    public static final VoterProfile UNDECLARED = new VoterProfile(null, null, null);
}
