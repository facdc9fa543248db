package org.reintegration.portal.geo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.geo.repository.AdminAreaRepository;
import org.springframework.stereotype.Component;

/**
 * The admin-area tree held in memory (a country programme has at most some thousands of areas), so
 * that scope checks cost no query. Reloaded after an import on this node, and at most a minute late
 * on other nodes of a cluster.
 */
@Component
class AdminAreaDirectory implements AreaHierarchy {

    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final AdminAreaRepository areas;
    private volatile Snapshot snapshot;

    AdminAreaDirectory(AdminAreaRepository areas) {
        this.areas = areas;
    }

    private record Snapshot(Map<PCode, PCode> parents, Map<PCode, List<PCode>> children, Instant loadedAt) {

        static Snapshot of(Map<PCode, PCode> parents) {
            Map<PCode, List<PCode>> children = new HashMap<>();
            parents.forEach((child, parent) -> {
                if (parent != null) {
                    children.computeIfAbsent(parent, p -> new ArrayList<>()).add(child);
                }
            });
            return new Snapshot(parents, children, Instant.now());
        }
    }

    @Override
    public Optional<PCode> parentOf(PCode area) {
        return Optional.ofNullable(current().parents().get(area));
    }

    @Override
    public boolean contains(PCode area) {
        return current().parents().containsKey(area);
    }

    @Override
    public Set<PCode> selfAndDescendants(PCode area) {
        Snapshot s = current();
        if (!s.parents().containsKey(area)) {
            return Set.of();
        }
        Set<PCode> found = new HashSet<>();
        Deque<PCode> toVisit = new ArrayDeque<>(List.of(area));
        while (!toVisit.isEmpty()) {
            PCode next = toVisit.pop();
            if (found.add(next)) {
                toVisit.addAll(s.children().getOrDefault(next, List.of()));
            }
        }
        return found;
    }

    /** Forgets the tree; the next question reloads it. */
    void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || s.loadedAt().plus(MAX_AGE).isBefore(Instant.now())) {
            s = Snapshot.of(areas.parentIndex());
            snapshot = s;
        }
        return s;
    }
}
