package org.reintegration.portal.map;

import java.util.List;

/**
 * Returnee concentration per admin area of one level in one period, grouped into legend classes.
 *
 * @param period  the period shown, or null when no counts are recorded at all
 * @param periods every period with counts, latest first
 * @param breaks  the classes' upper bounds, ascending; class {@code i} holds values above {@code breaks[i-1]} up
 *                to {@code breaks[i]}, class 0 starts at {@code minimum}
 * @param minimum the smallest value drawn
 * @param values  the areas the reader may see, by P-code
 */
public record Choropleth(
        int level,
        Measure measure,
        Classification classification,
        Period period,
        List<Period> periods,
        double minimum,
        List<Double> breaks,
        List<AreaValue> values) {

    public Choropleth {
        periods = List.copyOf(periods);
        breaks = List.copyOf(breaks);
        values = List.copyOf(values);
    }
}
