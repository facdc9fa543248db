package org.reintegration.portal.project;

import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeType;

/**
 * What the map needs of a project, and no more.
 *
 * @param title         the title, or null when the reader may not see it (a confidential project outside staff)
 * @param type          the initiative type, or null when not recorded
 * @param location      where to draw it: its own point, or its community's point when it has none or when the
 *                      reader may only see it at community level
 * @param atCommunity   whether {@code location} is the community's point rather than the project's own
 * @param confidential  whether the project is confidential
 */
public record ProjectPoint(
        long id,
        String title,
        Dimension dimension,
        InitiativeType type,
        ProjectStatus status,
        int progressPercent,
        Long communityId,
        PCode area,
        LatLon location,
        boolean atCommunity,
        boolean confidential) {}
