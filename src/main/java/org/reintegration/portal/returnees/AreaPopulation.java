package org.reintegration.portal.returnees;

import java.util.Objects;
import org.reintegration.portal.base.PCode;

/**
 * The inhabitants of an admin area in a reference year, from a census or a projection: the denominator of
 * returnees per 1,000 inhabitants.
 *
 * @param area          the admin area
 * @param referenceYear the year the figure describes
 * @param population    the inhabitants, more than zero
 * @param source        where the figure comes from, such as {@code INS census projection}
 */
public record AreaPopulation(PCode area, int referenceYear, long population, String source) {

    public static final int SOURCE_MAX = 200;

    public AreaPopulation {
        Objects.requireNonNull(area, "area");
        source = source == null ? "" : source.strip();
        if (referenceYear < 1900 || referenceYear > 2200) {
            throw new IllegalArgumentException("referenceYear must be within 1900..2200, was " + referenceYear);
        }
        if (population <= 0) {
            throw new IllegalArgumentException("population must be more than zero, was " + population);
        }
        if (source.isEmpty() || source.length() > SOURCE_MAX) {
            throw new IllegalArgumentException("source");
        }
    }
}
