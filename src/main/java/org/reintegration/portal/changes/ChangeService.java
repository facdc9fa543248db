package org.reintegration.portal.changes;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.changes.repository.ChangeRepository;
import org.reintegration.portal.community.profile.Profile;
import org.reintegration.portal.community.profile.ProfileChange;
import org.reintegration.portal.community.profile.ProfileComparison;
import org.reintegration.portal.community.profile.ProfileService;
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
 * published results, new community profiles (with what changed from the profile before). A user may subscribe, and then the navigation shows how
 * many changes wait. Nothing outside the user's areas is ever counted or listed.
 */
@Service
public class ChangeService {

    /** The most changes one list holds; older ones are left out (the page says so). */
    public static final int MAX_CHANGES = 300;

    /** How far back a first visit looks. */
    public static final int FIRST_VISIT_DAYS = 30;

    private final ChangeRepository changes;
    private final ProfileService profiles;
    private final AreaAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChangeService(
            ChangeRepository changes,
            ProfileService profiles,
            AreaAccess access,
            CurrentUser currentUser,
            Clock clock) {
        this.changes = changes;
        this.profiles = profiles;
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
        List<Change> shown = found.size() > MAX_CHANGES ? found.subList(0, MAX_CHANGES) : found;
        return new ChangeDigest(
                since,
                lastSeen == null,
                withProfileChanges(shown),
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

    /**
     * A new profile's detail names what changed from the community's profile before it (the fields of
     * {@link ProfileComparison}, services and suitability criteria one by one), separated by spaces; null for a
     * community's first profile.
     */
    private List<Change> withProfileChanges(List<Change> found) {
        Map<Long, List<Profile>> histories = new HashMap<>();
        List<Change> result = new ArrayList<>(found.size());
        for (Change change : found) {
            if (change.kind() != ChangeKind.PROFILE_NEW) {
                result.add(change);
                continue;
            }
            long communityId =
                    Long.parseLong(change.link().substring(change.link().lastIndexOf('/') + 1));
            List<Profile> history = histories.computeIfAbsent(communityId, profiles::history);
            String detail = null;
            for (int i = 0; i < history.size(); i++) {
                if (history.get(i).recordedAt().equals(change.at())) {
                    detail = i + 1 < history.size() ? changedItems(history.get(i + 1), history.get(i)) : null;
                    break;
                }
            }
            result.add(new Change(change.at(), change.kind(), change.subject(), detail, change.place(), change.link()));
        }
        return result;
    }

    private static String changedItems(Profile before, Profile after) {
        List<String> items = new ArrayList<>();
        for (ProfileChange change : ProfileComparison.between(before, after)) {
            if (change.field().equals("services") || change.field().equals("suitability")) {
                items.addAll(itemNames(change.field(), change.before()));
                itemNames(change.field(), change.after()).stream()
                        .filter(item -> !items.contains(item))
                        .forEach(items::add);
            } else {
                items.add(change.field());
            }
        }
        return String.join(" ", items);
    }

    /** "services.HEALTH" for each item of "HEALTH: POOR, WATER_SANITATION: GOOD". */
    private static List<String> itemNames(String field, String listed) {
        if (listed == null) {
            return List.of();
        }
        return java.util.Arrays.stream(listed.split(", "))
                .map(item -> field + "." + item.split(": ", 2)[0])
                .toList();
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
