package org.reintegration.portal.project;

/** Where a milestone stands; dropped ones do not count toward progress. */
public enum MilestoneStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED
}
