package org.reintegration.portal.community;

import org.reintegration.portal.base.PCode;

/**
 * Which communities a list shows.
 *
 * @param area only communities in this admin area or any area below it; null for all
 * @param nameContains only names containing this text (any case); null or blank for all
 */
public record CommunityFilter(PCode area, String nameContains, boolean includeArchived) {

    public static final CommunityFilter ALL = new CommunityFilter(null, null, false);
}
