package org.reintegration.portal.outcome;

/**
 * A community in the programme view: its figures for everyone in the period asked, and the change since the
 * quarter before its first project started (its baseline), or since its first survey quarter when it has no project.
 *
 * @param latest   the figures of the period asked (or its latest quarter with figures)
 * @param baseline the figures it is compared with, or null when there are none to compare with
 */
public record CommunityOutcome(CommunityPlace community, Figure latest, Figure baseline) {

    /** The change of a score's mean since the baseline, or null when either is not shown. */
    public Double change(ScoreKind kind) {
        if (baseline == null || latest.mean(kind) == null || baseline.mean(kind) == null) {
            return null;
        }
        return latest.mean(kind) - baseline.mean(kind);
    }
}
