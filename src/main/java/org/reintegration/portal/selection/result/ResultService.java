package org.reintegration.portal.selection.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.initiative.repository.InitiativeRepository;
import org.reintegration.portal.security.ComplementarySuppression;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.security.SmallCounts;
import org.reintegration.portal.selection.outcome.Ballot;
import org.reintegration.portal.selection.outcome.BallotGroup;
import org.reintegration.portal.selection.outcome.Election;
import org.reintegration.portal.selection.outcome.Outcome;
import org.reintegration.portal.selection.outcome.OutcomeRule;
import org.reintegration.portal.selection.outcome.Project;
import org.reintegration.portal.selection.outcome.VoteType;
import org.reintegration.portal.selection.result.repository.ResultRepository;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.repository.RoundRepository;
import org.reintegration.portal.selection.voting.BallotItem;
import org.reintegration.portal.selection.voting.BallotPaper;
import org.reintegration.portal.selection.voting.Channel;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's outcome: computed by staff once voting has closed (and recomputable until the round
 * closes), explained initiative by initiative, published with participation figures.
 *
 * <p>The ballot becomes an election for the round's outcome rule: project ids are initiative ids as
 * text, costs are rounded up to whole currency units, approval and knapsack ballots approve (the rules
 * use cost utility), cumulative ballots give their points. Ties are broken as every rule breaks them:
 * in favour of the smallest id compared as text, so anyone can recompute the outcome from the Pabulib
 * export.
 */
@Service
public class ResultService {

    private final ResultRepository results;
    private final InitiativeRepository initiatives;
    private final RoundRepository rounds;
    private final VotingService voting;
    private final CurrentUser currentUser;
    private final SmallCounts smallCounts;
    private final Clock clock;

    ResultService(
            ResultRepository results,
            InitiativeRepository initiatives,
            RoundRepository rounds,
            VotingService voting,
            CurrentUser currentUser,
            SmallCounts smallCounts,
            Clock clock) {
        this.results = results;
        this.initiatives = initiatives;
        this.rounds = rounds;
        this.voting = voting;
        this.currentUser = currentUser;
        this.smallCounts = smallCounts;
        this.clock = clock;
    }

    /**
     * Computes the round's outcome from every counted ballot and stores it, replacing any earlier
     * computation; marks each initiative on the ballot SELECTED or NOT_SELECTED while it is still where this
     * round left it: statuses only move forward, so an initiative made a project or standing on another
     * round's ballot since keeps its status ({@link ResultRepository#replace}).
     *
     * @throws InvalidFieldException when the round is not in its results phase; nothing changes then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public RoundResults computeResults(long roundId) {
        Phase phase = results.lockPhase(roundId).orElseThrow(() -> new IllegalArgumentException("No round " + roundId));
        if (phase != Phase.RESULTS) {
            throw new InvalidFieldException("round", "results.error.phase", "round " + roundId + " is " + phase);
        }
        BallotPaper paper = voting.findBallotPaper(roundId).orElseThrow();
        List<CastBallot> ballots = results.ballots(roundId);
        Election election = election(paper, ballots, false);
        OutcomeRule rule = OutcomeRule.named(paper.outcomeRule())
                .orElseThrow(() -> new IllegalStateException("unknown outcome rule " + paper.outcomeRule()));
        Outcome outcome = rule.apply(election);
        Map<Long, Integer> support = support(paper, ballots, ballot -> true);
        List<InitiativeResult> computed = new ArrayList<>();
        for (BallotItem item : paper.items()) {
            String id = Long.toString(item.initiativeId());
            int order = outcome.selected().indexOf(id);
            computed.add(new InitiativeResult(
                    item.initiativeId(),
                    item.title(),
                    item.dimension(),
                    order >= 0,
                    order >= 0 ? order + 1 : null,
                    support.get(item.initiativeId()),
                    item.cost(),
                    ResultExplanation.of(outcome.explanationOf(id).orElseThrow())));
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        results.replace(
                roundId,
                computed,
                now,
                (initiativeId, expected, next) ->
                        initiatives.setStatus(List.of(initiativeId), expected, next, now) == 1);
        rounds.setResultsComputedAt(roundId, now);
        return new RoundResults(
                roundId,
                paper.roundName(),
                paper.format(),
                paper.outcomeRule(),
                paper.budget(),
                paper.currency(),
                ballots.size(),
                computed);
    }

    /**
     * The stored outcome, once computed. The public sees it in the results and closed phases; staff
     * see it as soon as it is computed.
     */
    @Transactional(readOnly = true)
    public Optional<RoundResults> results(long roundId) {
        Optional<BallotPaper> found = voting.findBallotPaper(roundId);
        if (found.isEmpty() || !visible(found.get(), roundId)) {
            return Optional.empty();
        }
        BallotPaper paper = found.get();
        var stored = results.stored(roundId);
        List<InitiativeResult> initiatives = paper.items().stream()
                .filter(item -> stored.containsKey(item.initiativeId()))
                .map(item -> {
                    var row = stored.get(item.initiativeId());
                    return new InitiativeResult(
                            item.initiativeId(),
                            item.title(),
                            item.dimension(),
                            row.selected(),
                            row.selectionOrder(),
                            row.support(),
                            row.cost(),
                            row.why());
                })
                .toList();
        return Optional.of(new RoundResults(
                roundId,
                paper.roundName(),
                paper.format(),
                paper.outcomeRule(),
                paper.budget(),
                paper.currency(),
                results.ballotCount(roundId),
                initiatives));
    }

    /**
     * Who took part, by channel and by what voters declared, and the support of each initiative per
     * declared group. Visible when the results are; counts below 5 read "<5" outside staff.
     */
    @Transactional(readOnly = true)
    public Optional<Participation> participation(long roundId) {
        Optional<BallotPaper> found = voting.findBallotPaper(roundId);
        if (found.isEmpty() || !visible(found.get(), roundId)) {
            return Optional.empty();
        }
        BallotPaper paper = found.get();
        List<CastBallot> ballots = results.ballots(roundId);
        Map<String, Integer> byChannel = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            byChannel.put(channel.name(), 0);
        }
        Map<String, Integer> byGroup = new LinkedHashMap<>();
        Map<String, Integer> bySex = new LinkedHashMap<>();
        Map<String, Integer> byAge = new LinkedHashMap<>();
        for (CastBallot ballot : ballots) {
            byChannel.merge(ballot.channel().name(), 1, Integer::sum);
            byGroup.merge(name(ballot.voter().group()), 1, Integer::sum);
            bySex.merge(name(ballot.voter().sex()), 1, Integer::sum);
            byAge.merge(name(ballot.voter().ageBand()), 1, Integer::sum);
        }
        Map<Long, Map<String, Integer>> supportByGroup = new LinkedHashMap<>();
        Map<Long, Integer> support = support(paper, ballots, ballot -> true);
        for (String group : new TreeMap<>(byGroup).keySet()) {
            support(paper, ballots, b -> name(b.voter().group()).equals(group)).forEach((id, count) -> supportByGroup
                    .computeIfAbsent(id, k -> new LinkedHashMap<>())
                    .put(group, count));
        }
        // Each initiative's support is published with the results, so it stays as it is; its split by
        // group is protected so that no group's small share can be worked out from it.
        supportByGroup.replaceAll((id, groups) -> protectedParts(support.get(id), groups, true));
        List<Map<String, Integer>> splits = protectedSplits(ballots.size(), List.of(byChannel, byGroup, bySex, byAge));
        return Optional.of(new Participation(
                splits.getFirst().get(TOTAL),
                splits.get(1),
                splits.get(2),
                splits.get(3),
                splits.get(4),
                supportByGroup));
    }

    private static final String TOTAL = "";

    /**
     * One total split several ways, as the caller may see it: outside staff, small counts suppressed
     * and complements withheld across all the splits at once ({@link
     * org.reintegration.portal.security.ComplementarySuppression}). The first map holds the total.
     */
    private List<Map<String, Integer>> protectedSplits(int total, List<Map<String, Integer>> splits) {
        List<Integer> counts = new ArrayList<>(List.of(total));
        List<ComplementarySuppression.Sum> sums = new ArrayList<>();
        for (Map<String, Integer> split : splits) {
            List<Integer> parts = new ArrayList<>();
            for (int count : split.values()) {
                parts.add(counts.size());
                counts.add(count);
            }
            if (!parts.isEmpty()) {
                sums.add(new ComplementarySuppression.Sum(0, parts));
            }
        }
        int[] shown =
                smallCounts.shown(counts.stream().mapToInt(Integer::intValue).toArray(), sums, Set.of());
        List<Map<String, Integer>> result = new ArrayList<>(List.of(Map.of(TOTAL, shown[0])));
        int next = 1;
        for (Map<String, Integer> split : splits) {
            Map<String, Integer> part = new LinkedHashMap<>();
            for (String key : split.keySet()) {
                part.put(key, shown[next++]);
            }
            result.add(part);
        }
        return result;
    }

    private Map<String, Integer> protectedParts(int total, Map<String, Integer> parts, boolean totalPublished) {
        List<Integer> counts = new ArrayList<>(List.of(total));
        counts.addAll(parts.values());
        List<Integer> indexes =
                java.util.stream.IntStream.range(1, counts.size()).boxed().toList();
        int[] shown = smallCounts.shown(
                counts.stream().mapToInt(Integer::intValue).toArray(),
                List.of(new ComplementarySuppression.Sum(0, indexes)),
                totalPublished ? Set.of(0) : Set.of());
        Map<String, Integer> result = new LinkedHashMap<>();
        int next = 1;
        for (String key : parts.keySet()) {
            result.put(key, shown[next++]);
        }
        return result;
    }

    /**
     * The round as a Pabulib election ready to write: the ballot as projects, each counted ballot as a
     * vote (in the random order of ballot ids), with the voter's declared group, sex and age band where
     * given, and the channel. No codes. Only once voting has ended.
     *
     * <p>The shareable file blanks the voter values that fewer than {@value VoterAttributes#K} voters
     * share ({@link VoterAttributes}); the full file keeps them and is marked not for sharing.
     *
     * @param full whether to keep every voter value as declared
     *
     * @throws InvalidFieldException when voting has not ended
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public RoundExport roundForExport(long roundId, boolean full) {
        BallotPaper paper =
                voting.findBallotPaper(roundId).orElseThrow(() -> new IllegalArgumentException("No round " + roundId));
        if (paper.phase() != Phase.RESULTS && paper.phase() != Phase.CLOSED) {
            throw new InvalidFieldException(
                    "round", "results.error.phase", "round " + roundId + " is " + paper.phase());
        }
        List<CastBallot> ballots = results.ballots(roundId);
        List<List<String>> voterValues = ballots.stream()
                .map(b -> List.of(
                        b.voter().group() == null
                                ? ""
                                : b.voter().group().name().toLowerCase(Locale.ROOT),
                        b.voter().sex() == null ? "" : b.voter().sex().name().substring(0, 1),
                        b.voter().ageBand() == null ? "" : b.voter().ageBand().name(),
                        b.channel() == Channel.PAPER ? "paper" : "internet"))
                .toList();
        return new RoundExport(
                roundId,
                election(paper, ballots, true),
                RoundExport.VOTER_COLUMNS,
                full ? voterValues : VoterAttributes.kAnonymous(voterValues),
                full);
    }

    /**
     * The round as an election for the outcome rules.
     *
     * @param onePerVoter keep one ballot group per voter (for the export), instead of grouping identical ballots
     */
    static Election election(BallotPaper paper, List<CastBallot> ballots, boolean onePerVoter) {
        List<Project> projects = paper.items().stream()
                .map(item -> new Project(
                        Long.toString(item.initiativeId()),
                        item.cost().setScale(0, RoundingMode.CEILING).longValueExact(),
                        item.title()))
                .toList();
        boolean cumulative = paper.format() == BallotFormat.CUMULATIVE;
        List<Ballot> votes = ballots.stream()
                .map(b -> {
                    Map<String, Long> points = new TreeMap<>();
                    b.points().forEach((id, p) -> points.put(Long.toString(id), cumulative ? p.longValue() : 1L));
                    return Ballot.withPoints(points);
                })
                .toList();
        VoteType type = cumulative ? VoteType.CUMULATIVE : VoteType.APPROVAL;
        BigDecimal budget = paper.budget();
        if (onePerVoter) {
            return new Election(
                    budget,
                    type,
                    projects,
                    votes.stream().map(v -> new BallotGroup(v, 1)).toList());
        }
        return Election.ofVoters(budget, type, projects, votes);
    }

    /** Voters choosing each initiative (approval, knapsack) or points given to it (cumulative). */
    private static Map<Long, Integer> support(
            BallotPaper paper, List<CastBallot> ballots, java.util.function.Predicate<CastBallot> which) {
        boolean cumulative = paper.format() == BallotFormat.CUMULATIVE;
        Map<Long, Integer> support = new HashMap<>();
        paper.items().forEach(item -> support.put(item.initiativeId(), 0));
        ballots.stream().filter(which).forEach(b -> b.points()
                .forEach((id, p) -> support.merge(id, cumulative ? p : 1, Integer::sum)));
        return support;
    }

    private boolean visible(BallotPaper paper, long roundId) {
        if (!results.computed(roundId)) {
            return false;
        }
        boolean published = paper.phase() == Phase.RESULTS || paper.phase() == Phase.CLOSED;
        return published || currentUser.hasRole(Role.STAFF);
    }

    private static String name(Enum<?> value) {
        return value == null ? Participation.UNDECLARED : value.name();
    }
}
