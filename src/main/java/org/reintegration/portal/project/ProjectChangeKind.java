package org.reintegration.portal.project;

/** What happened to a project, as its change log records it for "what changed" lists. */
public enum ProjectChangeKind {
    /** Entered, imported or made from a selected initiative; the detail is its status. */
    CREATED,
    /** The detail is the new status. */
    STATUS,
    /** The detail is the new percentage. */
    PROGRESS,
    /** The detail is the milestone's title. */
    MILESTONE_DONE
}
