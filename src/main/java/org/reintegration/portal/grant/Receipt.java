package org.reintegration.portal.grant;

import java.time.LocalDateTime;

/** A receipt kept with an expenditure report; the file itself is read through the service. */
public record Receipt(
        long id,
        long reportId,
        String originalName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        LocalDateTime uploadedAt) {}
