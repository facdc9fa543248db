package org.reintegration.portal.outcome;

import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;

/** A community as the outcome pages name and place it; {@code location} may be null. */
public record CommunityPlace(long id, String name, PCode area, LatLon location) {}
