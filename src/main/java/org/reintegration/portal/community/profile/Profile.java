package org.reintegration.portal.community.profile;

import java.time.LocalDateTime;

/** A stored profile of a community, with who recorded it and when. Never changed once stored. */
public record Profile(long id, long communityId, ProfileData data, String recordedBy, LocalDateTime recordedAt) {}
