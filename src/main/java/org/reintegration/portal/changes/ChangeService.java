package org.reintegration.portal.changes;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.changes.repository.ChangeRepository;
import org.reintegration.portal.security.AreaAccess;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What changed since your last visit" for local authorities (in their area scopes) and staff (all
 * areas): new and updated projects, milestones done, official comments, rounds that changed phase or
 * published results, new community profiles. A user may subscribe, and then the navigation shows how
 * many changes wait. Nothing outside the user's areas is ever counted or listed.
 */
@Service
public class ChangeService {

    /** The most changes one list holds; older ones are left out (the page says so). */
    public static final int MAX_CHANGES = 300;

    /** How far back a first visit looks. */
    public static final int FIRST_VISIT_DAYS = 30;

    private final ChangeRepository changes;
    private final AreaAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChangeService(ChangeRepository changes, AreaAccess access, CurrentUser currentUser, Clock clock) {
        this.changes = changes;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What changed in the caller's areas since its last visit, newest first; does not record a visit. */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public ChangeDigest sinceLastVisit() {
        Optional<ChangeRepository.Watch> watch = changes.watch(userId());
        LocalDateTime lastSeen = watch.map(ChangeRepository.Watch::lastSeenAt).orElse(null);
        LocalDateTime since = lastSeen != null ? lastSeen : now().minusDays(FIRST_VISIT_DAYS);
        List<Change> found = find(since, MAX_CHANGES + 1);
        return new ChangeDigest(
                since,
                lastSeen == null,
                found.size() > MAX_CHANGES ? found.subList(0, MAX_CHANGES) : found,
                found.size() > MAX_CHANGES,
                watch.map(ChangeRepository.Watch::subscribed).orElse(false));
    }

    /**
     * How many changes wait for a subscribed caller (at most {@link #MAX_CHANGES} + 1); empty when the
     * caller does not follow changes.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public Optional<Integer> waitingCount() {
        Optional<ChangeRepository.Watch> watch = changes.watch(userId());
        if (watch.isEmpty() || !watch.get().subscribed()) {
            return Optional.empty();
        }
        LocalDateTime lastSeen = watch.get().lastSeenAt();
        return Optional.of(find(lastSeen != null ? lastSeen : now().minusDays(FIRST_VISIT_DAYS), MAX_CHANGES + 1)
                .size());
    }

    /** Records that the caller has seen everything until now: the next list starts here. */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional
    public void recordVisit() {
        changes.setLastSeen(userId(), now());
    }

    /** Follows (or stops following) changes in the caller's areas. */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional
    public void setSubscribed(boolean subscribed) {
        changes.setSubscribed(userId(), subscribed);
    }

    private List<Change> find(LocalDateTime since, int limit) {
        Set<PCode> areas = access.visibleAreasWithin(null);
        if (areas != null && areas.isEmpty()) {
            return List.of();
        }
        return changes.since(areas, since, limit);
    }

    private long userId() {
        return currentUser
                .get()
                .map(PortalUser::id)
                .orElseThrow(() -> new AccessDeniedException("Changes are kept per signed-in user"));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
