package org.reintegration.portal.selection.round;

import java.math.BigDecimal;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeType;

/**
 * One initiative on a round's ballot, as voters see it: never a location, whether or not it is
 * confidential.
 *
 * @param position the order the ballot shows it in, from 1
 * @param cost the cost the ballot shows (validated by the review, else the estimate)
 */
public record BallotItem(
        long initiativeId,
        int position,
        String title,
        String description,
        String textLanguage,
        Dimension dimension,
        InitiativeType type,
        BigDecimal cost,
        boolean confidential,
        String communityName) {}
