package org.reintegration.portal.community.profile;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A stored profile of a community, with who recorded it and when. Never changed once stored.
 *
 * @param totals the totals as the reader may see them (see {@link ProfileService#history})
 */
public record Profile(
        long id,
        long communityId,
        ProfileData data,
        String recordedBy,
        LocalDateTime recordedAt,
        ProfileTotals totals) {

    public Profile {
        Objects.requireNonNull(totals, "totals");
    }

    /** A profile as staff read it: totals added up from its counts. */
    public Profile(long id, long communityId, ProfileData data, String recordedBy, LocalDateTime recordedAt) {
        this(id, communityId, data, recordedBy, recordedAt, ProfileTotals.of(data.counts()));
    }

    /** A group's people as the reader may see them; null when none were counted. */
    public Integer total(PopulationGroup group) {
        return totals.of(group);
    }
}
