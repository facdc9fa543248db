package org.reintegration.portal.project;

import java.time.LocalDateTime;

/**
 * A stored project.
 *
 * @param initiativeId the selected initiative it implements, or null
 * @param roundId      the selection round that chose it, or null
 * @param communityName the linked community's name, or null
 */
public record Project(
        long id,
        ProjectData data,
        Long initiativeId,
        Long roundId,
        String communityName,
        String createdBy,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    /** Where the project is named: its community, else the place a 3W table gave, else its area. */
    public String placeName() {
        if (communityName != null) {
            return communityName;
        }
        return data.locationName() != null ? data.locationName() : data.area().value();
    }
}
