package org.reintegration.portal.community;

import java.util.Objects;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;

/**
 * What staff enter for a community. The name keeps the language it was written in; it is never
 * translated.
 *
 * @param location where the community is, or null when not known
 */
public record CommunityData(String name, String nameLanguage, PCode area, LatLon location, String description) {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 1000;

    public CommunityData {
        Objects.requireNonNull(area, "area");
        name = name == null ? "" : name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new IllegalArgumentException("name");
        }
        if (nameLanguage == null || !nameLanguage.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("nameLanguage");
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException("description");
        }
    }
}
