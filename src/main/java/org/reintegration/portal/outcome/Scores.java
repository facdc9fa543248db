package org.reintegration.portal.outcome;

/**
 * The scores of one survey answer under one scheme version, each between 0 and 1, or null when none of the
 * questions behind it counted (all unanswered, "don't know" skipped).
 */
public record Scores(Double economic, Double social, Double psychosocial, Double composite) {

    public Scores {
        check(economic);
        check(social);
        check(psychosocial);
        check(composite);
    }

    public Double get(ScoreKind kind) {
        return switch (kind) {
            case ECONOMIC -> economic;
            case SOCIAL -> social;
            case PSYCHOSOCIAL -> psychosocial;
            case COMPOSITE -> composite;
        };
    }

    private static void check(Double score) {
        if (score != null && !(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a score lies between 0 and 1, not " + score);
        }
    }
}
