package org.reintegration.portal.geo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.reintegration.portal.base.PCode;

/** A stored admin area (without its geometry, which is read only where it is drawn). */
public record AdminArea(
        PCode pcode,
        String name,
        int level,
        PCode parent,
        PCode country,
        GeoBounds bounds,
        LocalDate validOn,
        Map<String, String> otherNames) {

    public AdminArea {
        otherNames = Map.copyOf(otherNames);
    }

    /** The name in the given language where the boundary data has one, else the default name. */
    public String nameIn(Locale locale) {
        return otherNames.getOrDefault(locale.getLanguage(), name);
    }
}
