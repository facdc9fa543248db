package org.reintegration.portal.grant;

/** What an entry of a grant's audit trail records. */
public enum EventKind {
    CREATED,
    CHANGED,
    BUDGET_LINE_ADDED,
    BUDGET_LINE_REMOVED,
    TRANCHE_ADDED,
    TRANCHE_REMOVED,
    SUBMITTED,
    RETURNED_TO_DRAFT,
    APPROVED,
    ACTIVATED,
    SUSPENDED,
    RESUMED,
    CLOSED,
    DISBURSEMENT_PREPARED,
    DISBURSEMENT_RELEASED,
    DISBURSEMENT_CANCELLED,
    REPORT_ENTERED,
    RECEIPT_ADDED,
    REPORT_ACCEPTED,
    REPORT_REJECTED;

    public String labelKey() {
        return "grants.event." + name();
    }
}
