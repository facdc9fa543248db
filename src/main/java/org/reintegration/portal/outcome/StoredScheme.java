package org.reintegration.portal.outcome;

import java.time.LocalDateTime;

/**
 * A version of the scoring scheme as stored: its text, who wrote it, and when it was last applied to every survey
 * answer (null while never applied).
 */
public record StoredScheme(
        int version,
        String title,
        String definition,
        boolean example,
        String createdBy,
        LocalDateTime createdAt,
        LocalDateTime appliedAt) {}
