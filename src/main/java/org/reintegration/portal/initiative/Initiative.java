package org.reintegration.portal.initiative;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.reintegration.portal.base.PCode;

/**
 * A stored initiative.
 *
 * @param communityName the community's name, for lists
 * @param area the community's admin area, for area-scope checks
 * @param validatedCost the cost the feasibility review accepted, or null
 * @param published true once it may be shown publicly (staff-entered, or approved by a moderator)
 * @param moderation where a public proposal stands with moderators; null for staff-entered ones
 * @param enteredBy the staff user who entered it, or null for the public form
 */
public record Initiative(
        long id,
        InitiativeData data,
        String communityName,
        PCode area,
        String currency,
        BigDecimal validatedCost,
        InitiativeStatus status,
        boolean published,
        ProposalChannel channel,
        Moderation moderation,
        String moderationNote,
        String enteredBy,
        String meetingNote,
        boolean hasPhoto,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    /** The cost a ballot shows: the validated one when the review set it, else the estimate. */
    public BigDecimal ballotCost() {
        return validatedCost != null ? validatedCost : data.costEstimate();
    }

    public boolean awaitingModeration() {
        return moderation == Moderation.PENDING;
    }
}
