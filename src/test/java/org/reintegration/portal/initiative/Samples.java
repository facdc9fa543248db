package org.reintegration.portal.initiative;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.reintegration.portal.base.LatLon;

/** Initiatives and reviews for tests, valid unless a test changes them. */
public final class Samples {

    private Samples() {}

    public static InitiativeData waterPoint(long communityId) {
        return new InitiativeData(
                communityId,
                InitiativeType.WATER_SANITATION,
                "Two boreholes near the market",
                "Two hand-pumped boreholes so that returnee and resident families no longer walk to the river.",
                "en",
                new BigDecimal("45000000"),
                Beneficiaries.BOTH,
                120,
                600,
                new LatLon(10.38, -9.3),
                false,
                new TypeDetails(Map.of("water_points", 2L, "maintenance_committee", true)));
    }

    public static InitiativeData groupBusiness(long communityId) {
        return new InitiativeData(
                communityId,
                InitiativeType.GROUP_INCOME_GENERATING,
                "Soap-making cooperative",
                "A group of twelve makes and sells soap at the weekly market.",
                "fr",
                new BigDecimal("18000000"),
                Beneficiaries.BOTH,
                6,
                6,
                null,
                false,
                new TypeDetails(Map.of(
                        "group_members", 12L,
                        "returnee_members", 6L,
                        "resident_members", 6L,
                        "business_idea", "Soap from local shea butter",
                        "market", "Weekly market and two shops")));
    }

    public static InitiativeData peerSupport(long communityId) {
        return new InitiativeData(
                communityId,
                InitiativeType.PEER_SUPPORT_GROUP,
                "Returnee peer-support circle",
                "Fortnightly meetings of returnees with a trained facilitator.",
                "fr",
                new BigDecimal("6000000"),
                Beneficiaries.RETURNEES,
                15,
                null,
                new LatLon(10.4, -9.31),
                true,
                new TypeDetails(Map.of("facilitator", "Trained psychosocial worker", "meeting_place", "Youth centre")));
    }

    public static ReviewData feasible(BigDecimal validatedCost) {
        return review(ReviewDecision.FEASIBLE, Rating.YES, validatedCost);
    }

    public static ReviewData review(ReviewDecision decision, Rating doNoHarm, BigDecimal validatedCost) {
        Map<Criterion, Assessment> grid = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            grid.put(criterion, new Assessment(Rating.YES, null));
        }
        grid.put(
                Criterion.DO_NO_HARM,
                new Assessment(doNoHarm, "Benefits returnees and residents alike; no land dispute on the site."));
        return new ReviewData(
                grid, decision, "Technically sound, costed realistically, benefits both groups.", validatedCost);
    }
}
