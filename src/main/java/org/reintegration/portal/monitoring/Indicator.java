package org.reintegration.portal.monitoring;

import java.util.Objects;

/**
 * A stored indicator.
 *
 * @param projectId its project, or null for an indicator of the whole programme
 */
public record Indicator(long id, Long projectId, IndicatorData data) {

    public Indicator {
        Objects.requireNonNull(data, "data");
    }

    public boolean isProgrammeLevel() {
        return projectId == null;
    }
}
