package org.reintegration.portal.grant;

/** A disbursement is prepared by one staff member, then released or cancelled by another. */
public enum DisbursementStatus {
    PREPARED,
    RELEASED,
    CANCELLED;

    public String labelKey() {
        return "grants.disbursement.status." + name();
    }
}
