package org.reintegration.portal.community;

import java.time.LocalDate;

/**
 * Key figures of a community's current profile, kept on the community so lists can filter and sort
 * by them.
 *
 * @param returneeShare returnees as a share of the population (0 to 1), or null when not known
 */
public record CurrentFigures(LocalDate assessedOn, TensionLevel tension, Double returneeShare) {}
