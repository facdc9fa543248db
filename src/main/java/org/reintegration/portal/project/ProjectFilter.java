package org.reintegration.portal.project;

import org.reintegration.portal.base.PCode;
import org.reintegration.portal.initiative.Dimension;

/**
 * Which projects a list shows; null fields do not filter.
 *
 * @param area        only projects in this area or below it
 * @param titleContains only titles containing this text (any case)
 */
public record ProjectFilter(
        PCode area,
        Long communityId,
        Dimension dimension,
        ProjectStatus status,
        String partner,
        Long roundId,
        String titleContains) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null, null, null, null);

    public ProjectFilter withCommunity(Long id) {
        return new ProjectFilter(area, id, dimension, status, partner, roundId, titleContains);
    }
}
