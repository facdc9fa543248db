package org.reintegration.portal.selection.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.security.AreaAccess;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.reintegration.portal.selection.round.repository.RoundRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection rounds: staff set a round's communities, budget, dates, ballot rules, outcome rule and
 * ballot, and move it through its phases. Every change to rules or ballot is logged as what happened
 * with its figures, which each reader's page words in their language;
 * once the first ballot is cast they are frozen, so what voters were offered cannot change under
 * them. Local authorities read the rounds of their areas; anyone reads a round's public page.
 */
@Service
public class RoundService {

    private static final Set<InitiativeStatus> CANDIDATE_STATUSES =
            EnumSet.of(InitiativeStatus.FEASIBLE, InitiativeStatus.NOT_SELECTED, InitiativeStatus.ON_BALLOT);

    private final RoundRepository rounds;
    private final InitiativeService initiatives;
    private final AreaAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    RoundService(
            RoundRepository rounds,
            InitiativeService initiatives,
            AreaAccess access,
            CurrentUser currentUser,
            Clock clock) {
        this.rounds = rounds;
        this.initiatives = initiatives;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The currency rounds are budgeted in: the programme's, the one initiatives are costed in. */
    public String currency() {
        return initiatives.currency();
    }

    /**
     * Creates a round in its PROPOSALS phase, with an empty ballot.
     *
     * @throws InvalidFieldException when a community does not exist or the currency is not the programme's
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public long create(RoundData data) {
        checkCommunities(data);
        LocalDateTime now = now();
        long id = rounds.insert(data, actor(), now);
        log(id, now, RoundChangeEntry.created(data, communityNames(data.communityIds())));
        return id;
    }

    /**
     * Changes a round. Name, dates and slip language may change at any time before the round is
     * closed; communities, budget, ballot rules and outcome rule only until the first ballot is cast
     * (and never once results are out). Each change is logged.
     *
     * @throws InvalidFieldException ({@code frozen}) when a frozen setting would change; nothing changes then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void update(long id, RoundData data) {
        boolean frozen = lockForEdit(id);
        SelectionRound existing = find(id);
        checkMayChange(existing);
        checkCommunities(data);
        RoundData old = existing.data();
        RoundEdit edit = RoundEdit.between(old, data, this::communityNames);
        if (existing.phase() == Phase.CLOSED && !edit.changesNothing()) {
            throw frozen(id, "closed");
        }
        if (!edit.frozen().isEmpty()) {
            checkNotFrozen(existing, frozen);
            if (!old.communityIds().equals(data.communityIds())) {
                Set<Long> onBallot = rounds.ballotItems(id).stream()
                        .map(BallotItem::initiativeId)
                        .collect(Collectors.toSet());
                boolean orphaned = initiatives.getAll(onBallot).stream()
                        .anyMatch(i -> !data.communityIds().contains(i.data().communityId()));
                if (orphaned) {
                    throw new InvalidFieldException(
                            "communities", "rounds.error.community-on-ballot", "a removed community has ballot items");
                }
            }
        }
        if (edit.changesNothing()) {
            return;
        }
        rounds.update(id, data);
        LocalDateTime now = now();
        for (RoundChangeEntry change : edit.all()) {
            log(id, now, change);
        }
    }

    /** A round, if the caller may see one of its communities. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SelectionRound get(long id) {
        SelectionRound round = find(id);
        checkMaySee(round);
        return round;
    }

    /** One page of the rounds the caller may see, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SelectionRound> list(int offset, int limit) {
        Set<PCode> areas = access.visibleAreasWithin(null);
        if (areas != null && areas.isEmpty()) {
            return List.of();
        }
        return rounds.findPage(areas, offset, Math.min(limit, 500));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int count() {
        Set<PCode> areas = access.visibleAreasWithin(null);
        if (areas != null && areas.isEmpty()) {
            return 0;
        }
        return rounds.count(areas);
    }

    /**
     * Moves the round to a phase: the next one, or back from VOTING to REVIEW while no ballot is
     * cast. Opening the vote needs a ballot the rules can be met on. The day it happens is recorded as
     * the day the phase actually started (a step back forgets the start of the phase left); the dates
     * announced for the phases stay as they were published.
     *
     * @throws InvalidFieldException when the move is not allowed; nothing changes then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void moveTo(long id, Phase target) {
        boolean frozen = lockForEdit(id);
        SelectionRound round = find(id);
        checkMayChange(round);
        Phase current = round.phase();
        boolean stepBack = current == Phase.VOTING && target == Phase.REVIEW;
        if (stepBack) {
            if (frozen) {
                throw new InvalidFieldException(
                        "phase", "rounds.error.votes-cast", "votes are cast; the round cannot go back to review");
            }
        } else if (target != current.next()) {
            throw new InvalidFieldException(
                    "phase",
                    "rounds.error.phase-order",
                    "the round is in " + current + " and cannot move to " + target);
        }
        if (target == Phase.VOTING) {
            new RoundBallot(round, rounds.ballotItems(id)).checkReadyToVote();
        }
        LocalDate today = LocalDate.now(clock);
        rounds.setPhase(id, target, round.started().movedTo(target, today));
        log(
                id,
                now(),
                new RoundChangeEntry(
                        stepBack ? RoundChangeKind.PHASE_STEPPED_BACK : RoundChangeKind.PHASE_MOVED,
                        Map.of("phase", target.name(), "date", today.toString()),
                        (stepBack ? "Phase stepped back to " : "Phase moved to ") + target + " on " + today));
    }

    /**
     * Sets the ballot: these initiatives in this order. Each must be published, belong to one of the
     * round's communities and be FEASIBLE (or NOT_SELECTED in an earlier round, or already on this
     * ballot); it goes ON_BALLOT with its validated cost (or else its estimate). Initiatives left out
     * are feasible again. Refused once a ballot is cast or results are out.
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void setBallot(long roundId, List<Long> initiativeIds) {
        boolean frozen = lockForEdit(roundId);
        SelectionRound round = find(roundId);
        checkMayChange(round);
        checkNotFrozen(round, frozen);
        if (new HashSet<>(initiativeIds).size() != initiativeIds.size()) {
            throw new InvalidFieldException("ballot", "rounds.error.duplicate", "an initiative appears twice");
        }
        List<BallotItem> before = rounds.ballotItems(roundId);
        Set<Long> current =
                before.stream().map(BallotItem::initiativeId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, Initiative> chosen = initiatives.getAll(initiativeIds).stream()
                .collect(Collectors.toMap(Initiative::id, Function.identity()));
        Map<Long, BigDecimal> costs = new HashMap<>();
        for (long initiativeId : initiativeIds) {
            Initiative initiative = chosen.get(initiativeId);
            if (initiative == null) {
                throw new InvalidFieldException(
                        "ballot", "rounds.error.unknown-initiative", "no initiative " + initiativeId);
            }
            if (!round.data().communityIds().contains(initiative.data().communityId())) {
                throw new InvalidFieldException(
                        "ballot",
                        "rounds.error.other-community",
                        "\"" + initiative.data().title() + "\" is not of this round's communities");
            }
            if (!initiative.currency().equals(round.data().currency())) {
                throw new InvalidFieldException(
                        "ballot", "rounds.error.currency", "costed in " + initiative.currency());
            }
            boolean alreadyHere = current.contains(initiativeId);
            if (!alreadyHere
                    && !EnumSet.of(InitiativeStatus.FEASIBLE, InitiativeStatus.NOT_SELECTED)
                            .contains(initiative.status())) {
                throw new InvalidFieldException(
                        "ballot",
                        "rounds.error.not-feasible",
                        "\"" + initiative.data().title() + "\" is " + initiative.status() + ", not FEASIBLE");
            }
            costs.put(initiativeId, initiative.ballotCost());
        }
        List<Long> removed =
                current.stream().filter(id -> !costs.containsKey(id)).toList();
        List<Long> added =
                initiativeIds.stream().filter(id -> !current.contains(id)).toList();
        initiatives.takeOffBallot(removed);
        initiatives.putOnBallot(added);
        rounds.replaceBallot(roundId, initiativeIds, costs);
        if (!removed.isEmpty() || !added.isEmpty() || !List.copyOf(current).equals(initiativeIds)) {
            log(roundId, now(), RoundChangeEntry.describeBallot(initiativeIds, chosen, added, removed, before));
        }
    }

    /** Initiatives that could go on the round's ballot (and those already on it), by title. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<Initiative> candidates(long roundId) {
        SelectionRound round = find(roundId);
        Set<Long> onThisBallot = rounds.ballotItems(roundId).stream()
                .map(BallotItem::initiativeId)
                .collect(Collectors.toSet());
        return initiatives.candidates(round.data().communityIds(), CANDIDATE_STATUSES).stream()
                .filter(i -> i.status() != InitiativeStatus.ON_BALLOT || onThisBallot.contains(i.id()))
                .toList();
    }

    /** The round's change log, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RoundChange> changes(long roundId) {
        checkMaySee(find(roundId));
        return rounds.changes(roundId);
    }

    /** True once a ballot of the round is stored: rules and ballot are frozen. */
    @Transactional(readOnly = true)
    public boolean ballotCast(long roundId) {
        return rounds.ballotCast(roundId);
    }

    /**
     * The round's ballot as the voting side reads it. A ballot is public (the round's public page
     * shows it), so anyone may read it; items never carry a location.
     *
     * @throws IllegalArgumentException when there is no such round
     */
    @Transactional(readOnly = true)
    public RoundBallot ballot(long roundId) {
        return new RoundBallot(find(roundId), rounds.ballotItems(roundId));
    }

    /** The frozen flag comes from {@link #lockForEdit}: read under the round's lock, set with its first ballots. */
    private static void checkNotFrozen(SelectionRound round, boolean frozen) {
        if (round.phase() == Phase.RESULTS || round.phase() == Phase.CLOSED) {
            throw frozen(round.id(), "results are out");
        }
        if (frozen) {
            throw frozen(round.id(), "a ballot is cast");
        }
    }

    /**
     * Locks the round's row for this transaction and writes it, so that an edit and the first ballots of
     * the round are serialised, on one server and on a Galera cluster alike (docs/adr/0006).
     *
     * @return whether the round is frozen
     */
    private boolean lockForEdit(long id) {
        return rounds.lockForEdit(id).orElseThrow(() -> new IllegalArgumentException("No round " + id));
    }

    private static InvalidFieldException frozen(long id, String why) {
        return new InvalidFieldException("frozen", "rounds.error.frozen", "round " + id + " is frozen: " + why);
    }

    private void checkCommunities(RoundData data) {
        Map<Long, CommunityRef> found = rounds.communities(data.communityIds());
        if (found.size() != data.communityIds().size()) {
            throw new InvalidFieldException("communities", "rounds.error.communities", "unknown community");
        }
        for (CommunityRef community : found.values()) {
            access.checkMayChange(community.area());
        }
        if (!data.currency().equals(initiatives.currency())) {
            throw new InvalidFieldException("currency", "rounds.error.currency", "not the programme's currency");
        }
    }

    private void checkMayChange(SelectionRound round) {
        round.communities().forEach(c -> access.checkMayChange(c.area()));
    }

    private void checkMaySee(SelectionRound round) {
        Predicate<PCode> visible = access.visibility();
        if (round.communities().stream().noneMatch(c -> visible.test(c.area()))) {
            throw new AccessDeniedException("No access to round " + round.id());
        }
    }

    private SelectionRound find(long id) {
        return rounds.find(id).orElseThrow(() -> new IllegalArgumentException("No round " + id));
    }

    private String communityNames(Set<Long> ids) {
        return rounds.communities(ids).values().stream()
                .map(CommunityRef::name)
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private void log(long roundId, LocalDateTime at, RoundChangeEntry entry) {
        rounds.addChange(roundId, actor(), at, entry.kind(), entry.params(), entry.what());
    }

    private String actor() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
