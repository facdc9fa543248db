package org.reintegration.portal.outcome;

import java.time.LocalDate;
import java.util.Map;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.security.SmallCounts;

/**
 * The figures of one community or area, one quarter and one cohort, as anyone may see them.
 *
 * @param communityId the community, or null for the figures of an area
 * @param area        the community's area, or the area itself
 * @param respondents how many answered: the number, {@link SmallCounts#FEWER_THAN_FIVE} or {@link
 *                    SmallCounts#WITHHELD}
 * @param means       the mean of each score that may be shown (none when the group is suppressed)
 * @param shares      the share at or above the scheme's threshold, for each score that may be shown
 */
public record Figure(
        Long communityId,
        PCode area,
        LocalDate quarter,
        Cohort cohort,
        int respondents,
        Map<ScoreKind, Double> means,
        Map<ScoreKind, Double> shares) {

    public Figure {
        means = Map.copyOf(means);
        shares = Map.copyOf(shares);
    }

    public boolean suppressed() {
        return SmallCounts.hidden(respondents);
    }

    public Double mean(ScoreKind kind) {
        return means.get(kind);
    }

    public Double share(ScoreKind kind) {
        return shares.get(kind);
    }
}
