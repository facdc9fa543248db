package org.reintegration.portal.outcome;

import java.time.LocalDate;

/**
 * When one of a community's projects ran, for marking before and after on its score chart: the actual dates
 * where known, else the planned ones; {@code end} is null while it runs.
 */
public record ProjectSpan(long id, String title, LocalDate start, LocalDate end) {}
