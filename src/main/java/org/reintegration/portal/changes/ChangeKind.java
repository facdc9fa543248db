package org.reintegration.portal.changes;

/** The kinds of change a "what changed" list shows. */
public enum ChangeKind {
    PROJECT_NEW,
    PROJECT_STATUS,
    PROJECT_PROGRESS,
    MILESTONE_DONE,
    PROJECT_COMMENT,
    INITIATIVE_COMMENT,
    ROUND_PHASE,
    ROUND_RESULTS,
    PROFILE_NEW;

    public String labelKey() {
        return "changes.kind." + name();
    }
}
