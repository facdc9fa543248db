package org.reintegration.portal.map;

import org.reintegration.portal.base.PCode;

/**
 * One area of the choropleth.
 *
 * @param returnees     returnees counted in the period, or null when not counted or when fewer than five are
 *                      hidden from the reader
 * @param fewerThanFive whether the count is below five and hidden from the reader
 * @param withheld      whether the count is hidden from the reader so that a count below five elsewhere cannot be
 *                      worked out from it (a region and its prefectures)
 * @param population    the inhabitants used for the rate, or null when unknown
 * @param value         what is drawn (count or rate), or null when there is nothing to draw
 * @param classIndex    the legend class of {@code value}, from 0; -1 when there is no value
 */
public record AreaValue(
        PCode area,
        Long returnees,
        boolean fewerThanFive,
        boolean withheld,
        Long population,
        Double value,
        int classIndex) {}
