package org.reintegration.portal.initiative;

/** How an initiative reached the portal. */
public enum ProposalChannel {
    /** A community member on the public form; hidden until staff approve it. */
    PUBLIC_FORM,
    /** Staff, on behalf of a community meeting. */
    STAFF
}
