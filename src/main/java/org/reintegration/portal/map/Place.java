package org.reintegration.portal.map;

import org.reintegration.portal.geo.GeoBounds;

/**
 * A place found by name: an admin area or a community.
 *
 * @param key     the area's P-code or the community's id
 * @param name    the name that matched, or the area's name in the reader's language
 * @param context where it lies (the parent area's or the community's area's P-code and name)
 * @param bounds  what to show: the area's extent, or the community's point as an empty box
 */
public record Place(Kind kind, String key, String name, String context, GeoBounds bounds) {

    public enum Kind {
        AREA,
        COMMUNITY
    }
}
