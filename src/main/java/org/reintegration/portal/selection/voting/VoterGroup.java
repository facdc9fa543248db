package org.reintegration.portal.selection.voting;

/** The group a voter says they belong to, for participation figures only. Not saying is {@code null}. */
public enum VoterGroup {
    RETURNEE,
    RESIDENT,
    IDP
}
