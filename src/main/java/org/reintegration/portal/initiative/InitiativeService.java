package org.reintegration.portal.initiative;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.TooManyAttemptsException;
import org.reintegration.portal.base.limit.AttemptLimits;
import org.reintegration.portal.initiative.repository.InitiativeRepository;
import org.reintegration.portal.security.AreaAccess;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.reintegration.portal.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initiatives from proposal to ballot: community members propose on the public form (hidden until
 * a moderator approves), staff enter proposals of community meetings and move them through
 * {@link InitiativeStatus}. Local authorities read those of communities in their area scopes. Their
 * feasibility review is {@link FeasibilityReviewService}'s; what the public reads, {@link
 * PublicInitiativeService}'s.
 */
@Service
public class InitiativeService {

    /** The longest moderation note or meeting note. */
    public static final int NOTE_MAX = 500;

    private final InitiativeRepository initiatives;
    private final AreaAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String currency;
    private final AttemptLimits limits;

    InitiativeService(
            InitiativeRepository initiatives,
            AreaAccess access,
            CurrentUser currentUser,
            Clock clock,
            @Value("${portal.programme.currency:GNF}") String currency,
            AttemptLimits limits) {
        this.initiatives = initiatives;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.currency = currency;
        this.limits = limits;
    }

    /** The currency costs are entered in (the programme's, ISO 4217). */
    public String currency() {
        return currency;
    }

    /** The most proposals one address may send from the public form within {@link #PROPOSAL_WINDOW}. */
    public static final int PROPOSALS_PER_ADDRESS = 5;

    public static final Duration PROPOSAL_WINDOW = Duration.ofHours(1);

    private static final String PROPOSAL_SCOPE = "proposal.address";

    /**
     * A proposal sent through the public form from {@code address}: as {@link #propose(InitiativeData, Photo)},
     * but at most {@value #PROPOSALS_PER_ADDRESS} per address within {@link #PROPOSAL_WINDOW}, counted in the
     * database so that the limit holds across every node. Every attempt that reaches this point counts,
     * refused ones too, so that sending faster does not help.
     *
     * @param address the client's address as the request gives it (behind the proxy, the forwarded one)
     * @throws TooManyAttemptsException when the address has sent its proposals for the window; nothing is
     *     stored then
     */
    @Transactional
    public long propose(InitiativeData data, Photo photo, String address) {
        checkCommunity(data.communityId());
        if (limits.record(PROPOSAL_SCOPE, address == null ? "" : address, PROPOSAL_WINDOW) > PROPOSALS_PER_ADDRESS) {
            throw new TooManyAttemptsException("propose.error.too-many", PROPOSAL_WINDOW);
        }
        return propose(data, photo);
    }

    /**
     * A community member's proposal from the public form. It stays hidden from everyone but staff
     * until a moderator approves it.
     *
     * @param photo the photo, or null
     * @return the new initiative's id
     * @throws InvalidFieldException when the community does not exist or is archived; nothing is stored then
     */
    @Transactional
    public long propose(InitiativeData data, Photo photo) {
        checkCommunity(data.communityId());
        return initiatives.insert(data, currency, clean(photo), ProposalChannel.PUBLIC_FORM, null, null, now());
    }

    /**
     * Staff enter an initiative a community meeting proposed; it is published at once.
     *
     * @param meetingNote which meeting (date, place, who took part); required
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public long proposeOnBehalf(InitiativeData data, Photo photo, String meetingNote) {
        String note = meetingNote == null ? "" : meetingNote.strip();
        if (note.isEmpty() || note.length() > NOTE_MAX) {
            throw new InvalidFieldException("meetingNote", "initiatives.error.meeting", "meeting note missing");
        }
        PCode area = checkCommunity(data.communityId());
        access.checkMayChange(area);
        return initiatives.insert(data, currency, clean(photo), ProposalChannel.STAFF, actor(), note, now());
    }

    /**
     * Corrects what was entered, until the initiative is on a ballot (voters must see what was reviewed).
     *
     * @param photo a new photo, or null to keep the current one
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void update(long id, InitiativeData data, Photo photo) {
        Initiative existing = find(id);
        access.checkMayChange(existing.area());
        if (!EnumSet.of(
                        InitiativeStatus.PROPOSED,
                        InitiativeStatus.UNDER_REVIEW,
                        InitiativeStatus.FEASIBLE,
                        InitiativeStatus.NOT_FEASIBLE)
                .contains(existing.status())) {
            throw new InvalidFieldException(
                    "status", "initiatives.error.not-editable", "initiative " + id + " is " + existing.status());
        }
        if (data.communityId() != existing.data().communityId()) {
            access.checkMayChange(checkCommunity(data.communityId()));
        }
        initiatives.update(id, data, clean(photo), now());
    }

    /** Publishes a public proposal. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void approve(long id) {
        moderate(id, Moderation.APPROVED, null);
    }

    /**
     * Keeps a public proposal from being published, with a note for staff (why: duplicate, outside the
     * programme, could harm someone). The proposal is kept, not deleted.
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void reject(long id, String note) {
        String reason = note == null ? "" : note.strip();
        if (reason.isEmpty() || reason.length() > NOTE_MAX) {
            throw new InvalidFieldException("moderationNote", "initiatives.error.rejection-note", "no reason");
        }
        moderate(id, Moderation.REJECTED, reason);
    }

    /**
     * The photo as it is stored: checked again and without metadata ({@link Photo#of}), whoever built
     * it, so that no GPS position reaches the database.
     */
    private static Photo clean(Photo photo) {
        return photo == null ? null : Photo.of(photo.bytes());
    }

    private void moderate(long id, Moderation decision, String note) {
        Initiative existing = find(id);
        access.checkMayChange(existing.area());
        if (existing.moderation() != Moderation.PENDING) {
            throw new InvalidFieldException(
                    "moderation", "initiatives.error.not-pending", "initiative " + id + " awaits no moderation");
        }
        initiatives.moderate(id, decision, note, actor(), now());
    }

    /**
     * Moves an initiative to another status along {@link InitiativeStatus#next()}. Ballots and reviews
     * have their own methods ({@link FeasibilityReviewService#review}, the selection round's ballot), which
     * move it themselves.
     *
     * @throws InvalidFieldException when the move is not allowed from where it stands
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void moveTo(long id, InitiativeStatus target) {
        Initiative existing = find(id);
        access.checkMayChange(existing.area());
        if (!existing.published()) {
            throw new InvalidFieldException(
                    "status", "initiatives.error.unpublished", "initiative " + id + " is not published");
        }
        if (target == InitiativeStatus.ON_BALLOT
                || target == InitiativeStatus.SELECTED
                || target == InitiativeStatus.NOT_SELECTED) {
            throw new InvalidFieldException(
                    "status", "initiatives.error.by-round", "a selection round decides " + target);
        }
        if (target == InitiativeStatus.FEASIBLE || target == InitiativeStatus.NOT_FEASIBLE) {
            throw new InvalidFieldException(
                    "status", "initiatives.error.by-review", "a feasibility review decides " + target);
        }
        checkMove(existing, target);
        initiatives.setStatus(List.of(id), existing.status(), target, now());
    }

    /**
     * An initiative, if the caller may see its community's area. Only staff see proposals no moderator
     * has published: until then they may hold anything a member of the public typed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Initiative get(long id) {
        Initiative initiative = find(id);
        access.checkMaySee(initiative.area());
        if (!initiative.published() && !isStaff()) {
            throw new AccessDeniedException("Initiative " + id + " is not published");
        }
        return initiative;
    }

    /** One page of the initiatives the caller may see (outside staff, published ones only), newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Initiative> list(InitiativeFilter filter, int offset, int limit) {
        Set<PCode> areas = access.visibleAreasWithin(null);
        if (areas != null && areas.isEmpty()) {
            return List.of();
        }
        return initiatives.findPage(areas, filter, !isStaff(), offset, Math.min(limit, 500));
    }

    /** How many initiatives {@link #list} would show over all pages. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int count(InitiativeFilter filter) {
        Set<PCode> areas = access.visibleAreasWithin(null);
        if (areas != null && areas.isEmpty()) {
            return 0;
        }
        return initiatives.count(areas, filter, !isStaff());
    }

    /** Published initiatives of the communities, in one of the statuses: what can go on a ballot. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<Initiative> candidates(Collection<Long> communityIds, Collection<InitiativeStatus> statuses) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        return initiatives.findByCommunities(communityIds, statuses);
    }

    /** The initiatives with these ids that the caller may see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Initiative> getAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Predicate<PCode> visible = access.visibility();
        return initiatives.findAll(ids).stream()
                .filter(i -> visible.test(i.area()))
                .toList();
    }

    /**
     * The photo of an initiative: to staff, to authorities who may see the published initiative, and to
     * anyone else only when it is published and not confidential.
     */
    @Transactional(readOnly = true)
    public Optional<Photo> photo(long id) {
        Optional<Initiative> initiative = initiatives.find(id);
        if (initiative.isEmpty()) {
            return Optional.empty();
        }
        Initiative found = initiative.get();
        boolean publicly = found.published() && !found.data().confidential();
        boolean mayRead = access.maySee(found.area()) && (found.published() || isStaff());
        if (!publicly && !mayRead) {
            return Optional.empty();
        }
        return initiatives.photo(id);
    }

    /** Removes an initiative's photo. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void removePhoto(long id) {
        Initiative existing = find(id);
        access.checkMayChange(existing.area());
        initiatives.removePhoto(id, now());
    }

    /** Communities a proposal can be made for, by name, as the public form offers them. */
    @Transactional(readOnly = true)
    public List<CommunityChoice> communityChoices(String nameContains, int offset, int limit) {
        return initiatives.communityChoices(nameContains, offset, Math.min(limit, 200));
    }

    @Transactional(readOnly = true)
    public int countCommunityChoices(String nameContains) {
        return initiatives.countCommunityChoices(nameContains);
    }

    /**
     * Puts initiatives on a ballot: each must be published and FEASIBLE (or NOT_SELECTED in an earlier
     * round). Called by the selection round as it sets its ballot, in the same transaction.
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void putOnBallot(Collection<Long> ids) {
        for (Initiative initiative : initiatives.findAll(ids)) {
            access.checkMayChange(initiative.area());
            if (!initiative.published()) {
                throw new InvalidFieldException("ballot", "initiatives.error.unpublished", "not published");
            }
            checkMove(initiative, InitiativeStatus.ON_BALLOT);
            initiatives.setStatus(List.of(initiative.id()), initiative.status(), InitiativeStatus.ON_BALLOT, now());
        }
    }

    /** Takes initiatives off a ballot before any vote; they are feasible again. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void takeOffBallot(Collection<Long> ids) {
        for (Initiative initiative : initiatives.findAll(ids)) {
            access.checkMayChange(initiative.area());
            checkMove(initiative, InitiativeStatus.FEASIBLE);
            initiatives.setStatus(List.of(initiative.id()), initiative.status(), InitiativeStatus.FEASIBLE, now());
        }
    }

    private static void checkMove(Initiative initiative, InitiativeStatus target) {
        if (!initiative.status().mayMoveTo(target)) {
            throw new InvalidFieldException(
                    "status",
                    "initiatives.error.transition",
                    "\"" + initiative.data().title() + "\" is " + initiative.status() + " and cannot become " + target);
        }
    }

    private Initiative find(long id) {
        return initiatives.find(id).orElseThrow(() -> new IllegalArgumentException("No initiative " + id));
    }

    private PCode checkCommunity(long communityId) {
        return initiatives
                .areaOfActiveCommunity(communityId)
                .orElseThrow(() -> new InvalidFieldException(
                        "community", "initiatives.error.community", "no active community " + communityId));
    }

    private boolean isStaff() {
        return currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    private String actor() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
