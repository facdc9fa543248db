package org.reintegration.portal.selection.voting;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * One initiative on a round's ballot, as voters see it.
 *
 * @param description empty for a confidential initiative shown outside staff
 * @param cost        the cost shown on the ballot, in the round's currency
 */
public record BallotItem(
        long initiativeId,
        String title,
        String description,
        String textLanguage,
        String dimension,
        String initiativeType,
        boolean confidential,
        boolean hasPhoto,
        BigDecimal cost,
        int position) {

    public static final Set<String> DIMENSIONS = Set.of("ECONOMIC", "SOCIAL", "PSYCHOSOCIAL");

    public BallotItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(cost, "cost");
        if (!DIMENSIONS.contains(dimension)) {
            throw new IllegalArgumentException("unknown dimension " + dimension);
        }
        if (cost.signum() < 0) {
            throw new IllegalArgumentException("negative cost for initiative " + initiativeId);
        }
    }

    /** The same item without what the public must not read about a confidential initiative. */
    public BallotItem withoutConfidentialDetails() {
        return confidential
                ? new BallotItem(
                        initiativeId, title, "", textLanguage, dimension, initiativeType, true, false, cost, position)
                : this;
    }
}
