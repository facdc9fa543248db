package org.reintegration.portal.initiative;

import java.util.Locale;

/** The three dimensions of reintegration an initiative works on (IOM's integrated approach). */
public enum Dimension {
    ECONOMIC,
    SOCIAL,
    PSYCHOSOCIAL;

    /** The translation key of the dimension's name, shared with the landing page. */
    public String labelKey() {
        return "dimension." + name().toLowerCase(Locale.ROOT);
    }
}
