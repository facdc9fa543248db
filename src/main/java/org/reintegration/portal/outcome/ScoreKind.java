package org.reintegration.portal.outcome;

import java.util.Locale;
import org.reintegration.portal.initiative.Dimension;

/** The four scores a survey answer gets: one per dimension of reintegration, and the composite. */
public enum ScoreKind {
    ECONOMIC,
    SOCIAL,
    PSYCHOSOCIAL,
    COMPOSITE;

    /** The score of a dimension. */
    public static ScoreKind of(Dimension dimension) {
        return valueOf(dimension.name());
    }

    /** The name used in a scheme's text and in exports, such as {@code economic}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "outcome.score." + code();
    }
}
