package org.reintegration.portal.selection.round;

import java.util.Objects;
import org.reintegration.portal.base.InvalidFieldException;

/**
 * How a ballot is filled in. Checked here for shape; against the ballot's size when voting opens.
 *
 * @param minChoices approval: the fewest initiatives a voter must tick (at least 1); null otherwise
 * @param maxChoices approval: the most a voter may tick; null otherwise
 * @param points cumulative: the points each voter distributes (at least 1); null otherwise
 */
public record BallotRules(BallotFormat format, Integer minChoices, Integer maxChoices, Integer points) {

    public static final int POINTS_MAX = 1000;

    public BallotRules {
        Objects.requireNonNull(format, "format");
        switch (format) {
            case APPROVAL -> {
                if (minChoices == null || minChoices < 1) {
                    throw new InvalidFieldException("minChoices", "rounds.error.min-choices", "min " + minChoices);
                }
                if (maxChoices == null || maxChoices < minChoices) {
                    throw new InvalidFieldException("maxChoices", "rounds.error.max-choices", "max " + maxChoices);
                }
                points = null;
            }
            case KNAPSACK -> {
                minChoices = null;
                maxChoices = null;
                points = null;
            }
            case CUMULATIVE -> {
                if (points == null || points < 1 || points > POINTS_MAX) {
                    throw new InvalidFieldException("points", "rounds.error.points", "points " + points);
                }
                minChoices = null;
                maxChoices = null;
            }
        }
    }

    public static BallotRules approval(int min, int max) {
        return new BallotRules(BallotFormat.APPROVAL, min, max, null);
    }

    public static BallotRules knapsack() {
        return new BallotRules(BallotFormat.KNAPSACK, null, null, null);
    }

    public static BallotRules cumulative(int points) {
        return new BallotRules(BallotFormat.CUMULATIVE, null, null, points);
    }

    /** The rules in plain words, for the change log. */
    String describe() {
        return switch (format) {
            case APPROVAL -> "approval, " + minChoices + " to " + maxChoices + " choices";
            case KNAPSACK -> "knapsack (choices within the budget)";
            case CUMULATIVE -> "cumulative, " + points + " points";
        };
    }
}
