package org.reintegration.portal.community.provider;

import java.time.LocalDateTime;

/**
 * A stored service provider.
 *
 * @param communityName the name of the community it serves; null when it serves a whole area
 * @param updatedAt when staff last changed it, so that stale entries of the mapping stand out
 */
public record ServiceProvider(long id, ServiceProviderData data, String communityName, LocalDateTime updatedAt) {}
