package org.reintegration.portal.grant;

/** An expenditure report is entered by one staff member, then accepted or rejected by another. */
public enum ReportStatus {
    ENTERED,
    ACCEPTED,
    REJECTED;

    public String labelKey() {
        return "grants.report.status." + name();
    }
}
