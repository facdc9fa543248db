package org.reintegration.portal.map;

/** How the choropleth's values are grouped into legend classes. */
public enum Classification {
    /** Each class holds about the same number of areas. */
    QUANTILES,
    /** Jenks natural breaks: classes as alike inside and as different from each other as possible. */
    NATURAL_BREAKS
}
