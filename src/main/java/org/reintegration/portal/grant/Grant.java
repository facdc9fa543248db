package org.reintegration.portal.grant;

import java.time.LocalDateTime;

/**
 * A stored grant agreement and who moved it through its first steps; later steps are in its events.
 *
 * @param submittedBy null until submitted
 * @param approvedBy  null until approved
 */
public record Grant(
        long id,
        GrantData data,
        GrantStatus status,
        String preparedBy,
        String submittedBy,
        LocalDateTime submittedAt,
        String approvedBy,
        LocalDateTime approvedAt,
        LocalDateTime createdAt) {}
