package org.reintegration.portal.monitoring;

import java.time.LocalDateTime;
import java.util.List;

/** A stored monitoring visit with its follow-up actions and photos. */
public record Visit(
        long id,
        long projectId,
        VisitData data,
        List<FollowUp> followUps,
        List<PhotoInfo> photos,
        String recordedBy,
        LocalDateTime recordedAt) {

    public Visit {
        followUps = List.copyOf(followUps);
        photos = List.copyOf(photos);
    }
}
