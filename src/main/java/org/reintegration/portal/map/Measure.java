package org.reintegration.portal.map;

/** What the returnee choropleth shows per area. */
public enum Measure {
    /** Returnees counted in the period. */
    ABSOLUTE,
    /** Returnees per 1,000 inhabitants of the area. */
    PER_THOUSAND
}
