package org.reintegration.portal.geo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
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

    private record Snapshot(Map<PCode, PCode> parents, Instant loadedAt) {}

    @Override
    public Optional<PCode> parentOf(PCode area) {
        return Optional.ofNullable(current().parents().get(area));
    }

    @Override
    public boolean contains(PCode area) {
        return current().parents().containsKey(area);
    }

    /** Forgets the tree; the next question reloads it. */
    void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || s.loadedAt().plus(MAX_AGE).isBefore(Instant.now())) {
            s = new Snapshot(areas.parentIndex(), Instant.now());
            snapshot = s;
        }
        return s;
    }
}
