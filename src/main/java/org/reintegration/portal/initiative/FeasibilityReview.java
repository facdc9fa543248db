package org.reintegration.portal.initiative;

import java.time.LocalDateTime;

/** A recorded feasibility review; the decision and its public reason are shown publicly. */
public record FeasibilityReview(long initiativeId, ReviewData data, String reviewer, LocalDateTime reviewedAt) {}
