package org.reintegration.portal.monitoring;

/** Where a follow-up action of a visit stands. */
public enum FollowUpStatus {
    OPEN,
    DONE,
    DROPPED;

    public String labelKey() {
        return "visits.follow-up.status." + name();
    }
}
