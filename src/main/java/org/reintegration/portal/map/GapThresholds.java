package org.reintegration.portal.map;

import java.util.Objects;
import org.reintegration.portal.community.TensionLevel;

/**
 * When a community counts as a gap: tension at least {@code minTension} and returnees at least
 * {@code minReturneeShare} of its population, with no planned or ongoing project.
 *
 * @param minReturneeShare a share from 0 to 1
 */
public record GapThresholds(TensionLevel minTension, double minReturneeShare) {

    public static final GapThresholds DEFAULT = new GapThresholds(TensionLevel.HIGH, 0.10);

    public GapThresholds {
        Objects.requireNonNull(minTension, "minTension");
        if (!(minReturneeShare >= 0 && minReturneeShare <= 1)) {
            throw new IllegalArgumentException("minReturneeShare must be within 0..1, was " + minReturneeShare);
        }
    }
}
