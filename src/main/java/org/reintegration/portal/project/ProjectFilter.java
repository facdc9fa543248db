package org.reintegration.portal.project;

import java.time.LocalDate;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeType;

/**
 * Which projects a list, the map or an export shows; null fields do not filter.
 *
 * @param area          only projects in this area or below it
 * @param titleContains only titles containing this text (any case)
 * @param activeFrom    only projects still running on or after this day: their end (actual, else planned) is
 *                      not before it; projects without an end date pass
 * @param activeTo      only projects started by this day: their start (actual, else planned) is not after it;
 *                      projects without a start date pass
 */
public record ProjectFilter(
        PCode area,
        Long communityId,
        Dimension dimension,
        ProjectStatus status,
        String partner,
        Long roundId,
        String titleContains,
        InitiativeType type,
        LocalDate activeFrom,
        LocalDate activeTo) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null, null, null, null);

    public ProjectFilter {
        if (activeFrom != null && activeTo != null && activeTo.isBefore(activeFrom)) {
            throw new IllegalArgumentException("activeTo lies before activeFrom");
        }
    }

    /** A filter without type and period. */
    public ProjectFilter(
            PCode area,
            Long communityId,
            Dimension dimension,
            ProjectStatus status,
            String partner,
            Long roundId,
            String titleContains) {
        this(area, communityId, dimension, status, partner, roundId, titleContains, null, null, null);
    }

    public ProjectFilter withCommunity(Long id) {
        return new ProjectFilter(
                area, id, dimension, status, partner, roundId, titleContains, type, activeFrom, activeTo);
    }
}
