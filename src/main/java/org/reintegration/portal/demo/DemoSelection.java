package org.reintegration.portal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.initiative.Assessment;
import org.reintegration.portal.initiative.Beneficiaries;
import org.reintegration.portal.initiative.Criterion;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.FeasibilityReviewService;
import org.reintegration.portal.initiative.InitiativeData;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.initiative.Rating;
import org.reintegration.portal.initiative.ReviewData;
import org.reintegration.portal.initiative.ReviewDecision;
import org.reintegration.portal.initiative.TypeDetails;
import org.reintegration.portal.selection.round.BallotRules;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.PhaseDates;
import org.reintegration.portal.selection.round.RoundData;
import org.reintegration.portal.selection.round.RoundService;
import org.reintegration.portal.selection.round.RuleName;

/**
 * Invented initiatives on four demo communities, in all three dimensions (with a confidential
 * peer-support group and public proposals awaiting moderation), and one selection round in each of
 * the phases PROPOSALS, REVIEW, VOTING and RESULTS, with ballots set for the last two. The same seed
 * gives the same data everywhere; every text says it is invented. Run as an administrator.
 */
final class DemoSelection {

    static final long SEED = 2027;
    static final String MARK = "(Demo: invented initiative.)";
    static final String MEETING = "Demo community meeting (invented)";

    private final CommunityService communities;
    private final InitiativeService initiatives;
    private final FeasibilityReviewService reviews;
    private final RoundService rounds;
    private final Random random = new Random(SEED);
    private final Map<Phase, Long> roundsByPhase = new EnumMap<>(Phase.class);

    DemoSelection(
            CommunityService communities,
            InitiativeService initiatives,
            FeasibilityReviewService reviews,
            RoundService rounds) {
        this.communities = communities;
        this.initiatives = initiatives;
        this.reviews = reviews;
        this.rounds = rounds;
    }

    /**
     * The demo rounds by phase (PROPOSALS, REVIEW, VOTING, RESULTS), once {@link #create} ran: where
     * demo ballots and results can be added.
     */
    Map<Phase, Long> roundsByPhase() {
        return Collections.unmodifiableMap(roundsByPhase);
    }

    void create() {
        Community voting = community("GN004", 0);
        Community results = community("GN004", 1);
        Community review = community("GN001", 0);
        Community proposals = community("GN002", 0);

        List<Long> votingBallot = new ArrayList<>();
        votingBallot.add(feasible(voting, Template.SOAP));
        votingBallot.add(feasible(voting, Template.BOREHOLE));
        votingBallot.add(feasible(voting, Template.CLASSROOMS));
        votingBallot.add(feasible(voting, Template.PEER_SUPPORT));
        votingBallot.add(feasible(voting, Template.RADIO));
        notFeasible(voting, Template.FOOTBRIDGE);
        initiatives.propose(data(voting, Template.FOOTBALL), null);
        roundsByPhase.put(
                Phase.VOTING,
                round(
                        "Kankan community fund 2026 (demo)",
                        voting,
                        votingBallot,
                        BallotRules.approval(1, 3),
                        RuleName.MES_ADD1U_GREEDY,
                        Phase.VOTING));

        List<Long> resultsBallot = new ArrayList<>();
        resultsBallot.add(feasible(results, Template.MILL));
        resultsBallot.add(feasible(results, Template.SAVINGS));
        resultsBallot.add(feasible(results, Template.SOLAR));
        resultsBallot.add(feasible(results, Template.FOOTBALL));
        roundsByPhase.put(
                Phase.RESULTS,
                round(
                        "Second Kankan round 2026 (demo)",
                        results,
                        resultsBallot,
                        BallotRules.cumulative(10),
                        RuleName.GREEDY,
                        Phase.RESULTS));

        feasible(review, Template.SAVINGS);
        underReview(review, Template.DOCUMENTS);
        underReview(review, Template.HOUSES);
        initiatives.proposeOnBehalf(data(review, Template.BOREHOLE), null, MEETING);
        roundsByPhase.put(
                Phase.REVIEW,
                round(
                        "Boké community fund 2026 (demo)",
                        review,
                        List.of(),
                        BallotRules.knapsack(),
                        RuleName.MES,
                        Phase.REVIEW));

        initiatives.propose(data(proposals, Template.BOREHOLE), null);
        initiatives.propose(data(proposals, Template.RADIO), null);
        long approved = initiatives.propose(data(proposals, Template.CLASSROOMS), null);
        initiatives.approve(approved);
        roundsByPhase.put(
                Phase.PROPOSALS,
                round(
                        "Conakry community fund 2027 (demo)",
                        proposals,
                        List.of(),
                        BallotRules.approval(1, 2),
                        RuleName.MES_ADD1U_GREEDY,
                        Phase.PROPOSALS));
    }

    private long round(
            String name, Community community, List<Long> ballot, BallotRules rules, RuleName rule, Phase until) {
        // less than what the ballots cost together, so that the rules have to choose
        BigDecimal budget = new BigDecimal(50_000_000 + 5_000_000 * random.nextInt(4));
        int year = name.contains("2027") ? 2027 : 2026;
        PhaseDates dates = new PhaseDates(
                LocalDate.of(year, 1, 12),
                LocalDate.of(year, 3, 2),
                LocalDate.of(year, 4, 6),
                LocalDate.of(year, 4, 27),
                LocalDate.of(year, 6, 30));
        long id = rounds.create(
                new RoundData(name, Set.of(community.id()), budget, rounds.currency(), dates, rules, rule, "fr"));
        if (until.ordinal() >= Phase.REVIEW.ordinal()) {
            rounds.moveTo(id, Phase.REVIEW);
        }
        if (!ballot.isEmpty()) {
            rounds.setBallot(id, ballot);
        }
        if (until.ordinal() >= Phase.VOTING.ordinal()) {
            rounds.moveTo(id, Phase.VOTING);
        }
        if (until.ordinal() >= Phase.RESULTS.ordinal()) {
            rounds.moveTo(id, Phase.RESULTS);
        }
        return id;
    }

    private long feasible(Community community, Template template) {
        long id = underReview(community, template);
        BigDecimal validated = random.nextBoolean()
                ? null
                : initiatives
                        .get(id)
                        .data()
                        .costEstimate()
                        .multiply(new BigDecimal("0.9"))
                        .setScale(-5, RoundingMode.HALF_UP);
        reviews.review(id, review(ReviewDecision.FEASIBLE, Rating.YES, template.reason, validated));
        return id;
    }

    private void notFeasible(Community community, Template template) {
        long id = underReview(community, template);
        reviews.review(
                id,
                review(
                        ReviewDecision.NOT_FEASIBLE,
                        Rating.NO,
                        "The land on both banks is disputed between two families; building now could deepen the"
                                + " dispute. Staff will support mediation first.",
                        null));
    }

    private long underReview(Community community, Template template) {
        long id = initiatives.proposeOnBehalf(data(community, template), null, MEETING);
        initiatives.moveTo(id, InitiativeStatus.UNDER_REVIEW);
        return id;
    }

    private static ReviewData review(ReviewDecision decision, Rating doNoHarm, String reason, BigDecimal validated) {
        Map<Criterion, Assessment> grid = new EnumMap<>(Criterion.class);
        grid.put(Criterion.TECHNICAL, new Assessment(Rating.YES, "Local builders and suppliers are available."));
        grid.put(Criterion.MARKET, new Assessment(Rating.YES, "Demand confirmed with traders at the weekly market."));
        grid.put(Criterion.COST, new Assessment(Rating.PARTLY, "Quotes from two suppliers; transport added."));
        grid.put(Criterion.SUSTAINABILITY, new Assessment(Rating.YES, "A committee takes over upkeep."));
        grid.put(Criterion.INCLUSION, new Assessment(Rating.YES, "Returnees and residents both take part."));
        grid.put(
                Criterion.DO_NO_HARM,
                new Assessment(
                        doNoHarm,
                        doNoHarm == Rating.NO
                                ? "Land dispute on the site between two families."
                                : "Benefits returnee and resident households alike; no land or resource dispute."));
        return new ReviewData(grid, decision, reason + " " + MARK, validated);
    }

    private InitiativeData data(Community community, Template template) {
        BigDecimal cost = BigDecimal.valueOf(template.baseCost)
                .multiply(BigDecimal.valueOf(80 + random.nextInt(41)))
                .divide(BigDecimal.valueOf(100))
                .setScale(-5, RoundingMode.HALF_UP)
                .setScale(2);
        int returnees = 10 + random.nextInt(120);
        int residents = template.type == InitiativeType.PEER_SUPPORT_GROUP ? 0 : 20 + random.nextInt(400);
        LatLon near = community.data().location();
        LatLon location = near == null
                ? null
                : new LatLon(
                        near.lat() + (random.nextDouble() - 0.5) / 100, near.lon() + (random.nextDouble() - 0.5) / 100);
        return new InitiativeData(
                community.id(),
                template.type,
                template.title,
                template.description + " " + MARK,
                template.type.dimension() == Dimension.PSYCHOSOCIAL ? "fr" : "en",
                cost,
                template.type == InitiativeType.PEER_SUPPORT_GROUP ? Beneficiaries.RETURNEES : Beneficiaries.BOTH,
                returnees,
                template.type == InitiativeType.PEER_SUPPORT_GROUP ? null : residents,
                location,
                template.type.confidentialByDefault(),
                new TypeDetails(template.details));
    }

    private Community community(String area, int index) {
        return communities
                .list(new CommunityFilter(PCode.of(area), null, false), CommunitySort.NAME, 0, index + 1)
                .get(index);
    }

    private enum Template {
        SOAP(
                InitiativeType.GROUP_INCOME_GENERATING,
                "Soap-making cooperative of returnee and resident women",
                "Fourteen women, half of them returnees, make soap from local shea butter and sell it at the weekly"
                        + " market.",
                18_000_000,
                "Sound business plan with a known market; the group mixes returnees and residents.",
                Map.of(
                        "group_members",
                        14L,
                        "returnee_members",
                        7L,
                        "resident_members",
                        7L,
                        "business_idea",
                        "Soap from local shea butter",
                        "market",
                        "Weekly market and two shops in town",
                        "equipment",
                        "Moulds, pots, a drying rack")),
        MILL(
                InitiativeType.COMMUNITY_LIVELIHOOD,
                "Rice husking mill for the farmers' union",
                "A shared mill so that farmers no longer carry paddy to town for husking.",
                35_000_000,
                "Saves farmers a day's travel each harvest; the union runs it and charges a small fee.",
                Map.of("activity", "Rice husking for union members", "jobs_created", 4L, "partner", "Farmers' union")),
        SAVINGS(
                InitiativeType.COMMUNITY_FINANCIAL_SUPPORT,
                "Village savings and loan association",
                "Training and a starter kit for a savings group open to returnees and residents.",
                6_000_000,
                "Low cost, proven approach; members keep their own savings.",
                Map.of("scheme", "Village savings and loan association", "members", 25L)),
        BOREHOLE(
                InitiativeType.WATER_SANITATION,
                "Borehole with hand pump near the market",
                "A borehole so that families near the market no longer walk to the river for water.",
                45_000_000,
                "Hydrogeological survey positive; a water committee is ready to maintain the pump.",
                Map.of("water_points", 1L, "people_served", 900L, "maintenance_committee", true)),
        CLASSROOMS(
                InitiativeType.EDUCATION,
                "Two classrooms for the primary school",
                "Two classrooms so that returnee children can enrol without crowding the others out.",
                60_000_000,
                "The school has land and teachers; the prefecture's education office agrees.",
                Map.of("facility", "Primary school", "pupils", 120L)),
        SOLAR(
                InitiativeType.HEALTH,
                "Solar power for the health post",
                "Solar panels and batteries so that births and emergencies at night have light and a cold chain.",
                28_000_000,
                "Supplier quotes checked; the health post's staff will be trained in upkeep.",
                Map.of("facility", "Health post", "people_served", 3_000L)),
        FOOTBRIDGE(
                InitiativeType.PUBLIC_INFRASTRUCTURE,
                "Footbridge over the seasonal river",
                "A footbridge so that children reach school in the rainy season.",
                70_000_000,
                "Not feasible for now.",
                Map.of("works", "A 20 m footbridge", "land_secured", false)),
        DOCUMENTS(
                InitiativeType.SAFETY_JUSTICE_RIGHTS,
                "Civil documentation days",
                "Mobile days with the civil registry to issue birth certificates and identity papers.",
                9_000_000,
                "Being reviewed.",
                Map.of("service", "Civil registry", "partner", "Prefecture civil registry")),
        HOUSES(
                InitiativeType.HOUSING,
                "Roof repair for ten returning families",
                "New roofs for ten houses of returning families, built with resident craftsmen.",
                40_000_000,
                "Being reviewed.",
                Map.of("housing_units", 10L, "land_secured", true)),
        PEER_SUPPORT(
                InitiativeType.PEER_SUPPORT_GROUP,
                "Returnee peer-support circle",
                "Fortnightly meetings of returnees with a trained facilitator, to talk about coming back.",
                5_000_000,
                "Meets a need the community profile names; the facilitator is trained and supervised.",
                Map.of("facilitator", "Trained psychosocial worker", "meeting_place", "Youth centre", "members", 12L)),
        RADIO(
                InitiativeType.MOBILISATION_SENSITISATION,
                "Radio programme against rumours about returnees",
                "A monthly programme on the community radio where returnees and residents answer listeners.",
                7_000_000,
                "Low cost, reaches the whole community; the radio station agrees.",
                Map.of("topic", "Return, rumours and living together", "sessions", 12L)),
        FOOTBALL(
                InitiativeType.COMMUNITY_NETWORK,
                "Youth football league with mixed teams",
                "A season of matches with teams that mix young returnees and residents.",
                8_000_000,
                "Brings young returnees and residents together; the youth association runs it.",
                Map.of("purpose", "Bring young returnees and residents together", "members", 120L));

        final InitiativeType type;
        final String title;
        final String description;
        final long baseCost;
        final String reason;
        final Map<String, Object> details;

        Template(
                InitiativeType type,
                String title,
                String description,
                long baseCost,
                String reason,
                Map<String, Object> details) {
            this.type = type;
            this.title = title;
            this.description = description;
            this.baseCost = baseCost;
            this.reason = reason;
            this.details = details;
        }
    }
}
