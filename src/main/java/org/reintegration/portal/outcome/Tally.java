package org.reintegration.portal.outcome;

import java.time.LocalDate;
import java.util.Map;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.profile.AgeBand;
import org.reintegration.portal.community.profile.Sex;

/**
 * Survey answers of one place, quarter, sex and age band, added up under one scheme version: never one person's
 * scores, only sums.
 *
 * @param communityId the community, or null for answers that name only an area
 * @param respondents how many answered
 * @param scored      per score, how many had one
 * @param sums        per score, the sum of the scores
 * @param atThreshold per score, how many scored at or above the scheme's threshold
 */
public record Tally(
        Long communityId,
        PCode area,
        LocalDate quarter,
        Sex sex,
        AgeBand ageBand,
        int respondents,
        Map<ScoreKind, Integer> scored,
        Map<ScoreKind, Double> sums,
        Map<ScoreKind, Integer> atThreshold) {

    public Tally {
        scored = Map.copyOf(scored);
        sums = Map.copyOf(sums);
        atThreshold = Map.copyOf(atThreshold);
    }
}
