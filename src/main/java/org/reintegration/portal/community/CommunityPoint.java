package org.reintegration.portal.community;

import java.time.LocalDate;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;

/**
 * What the map needs of a community with a known point.
 *
 * @param tension       the tension level of its current profile, or null when never profiled
 * @param returneeShare returnees as a share of its population (0 to 1), or null when not known
 * @param assessedOn    the day of its current profile, or null when never profiled
 */
public record CommunityPoint(
        long id,
        String name,
        PCode area,
        LatLon location,
        TensionLevel tension,
        Double returneeShare,
        LocalDate assessedOn) {}
