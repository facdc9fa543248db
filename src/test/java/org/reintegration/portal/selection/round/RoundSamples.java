package org.reintegration.portal.selection.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.initiative.FeasibilityReviewService;
import org.reintegration.portal.initiative.InitiativeData;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.initiative.Samples;
import org.reintegration.portal.security.SystemTask;
import org.springframework.stereotype.Component;

/** Rounds and feasible initiatives for tests, created through the services as an administrator. */
@Component
public class RoundSamples {

    private final CommunityService communities;
    private final InitiativeService initiatives;
    private final FeasibilityReviewService reviews;
    private final RoundService rounds;

    RoundSamples(
            CommunityService communities,
            InitiativeService initiatives,
            FeasibilityReviewService reviews,
            RoundService rounds) {
        this.reviews = reviews;
        this.communities = communities;
        this.initiatives = initiatives;
        this.rounds = rounds;
    }

    public long communityIn(String area, int index) {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(() -> {
            List<Community> found = communities.list(
                    new CommunityFilter(PCode.of(area), null, false), CommunitySort.NAME, 0, index + 1);
            id[0] = found.get(index).id();
        });
        return id[0];
    }

    public RoundData data(long communityId, BallotRules rules) {
        return new RoundData(
                "Test round",
                Set.of(communityId),
                new BigDecimal("100000000"),
                initiatives.currency(),
                new PhaseDates(LocalDate.of(2026, 1, 5), null, LocalDate.of(2026, 3, 1), null, null),
                rules,
                RuleName.MES_ADD1U_GREEDY,
                "fr");
    }

    public long round(long communityId, BallotRules rules) {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(() -> id[0] = rounds.create(data(communityId, rules)));
        return id[0];
    }

    /** A staff-entered initiative, reviewed feasible, with the validated cost if given. */
    public long feasible(InitiativeData data, BigDecimal validatedCost) {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(() -> {
            id[0] = initiatives.proposeOnBehalf(data, null, "Community meeting (test)");
            initiatives.moveTo(id[0], InitiativeStatus.UNDER_REVIEW);
            reviews.review(id[0], Samples.feasible(validatedCost));
        });
        return id[0];
    }
}
