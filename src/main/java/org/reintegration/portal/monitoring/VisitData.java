package org.reintegration.portal.monitoring;

import java.time.LocalDate;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.community.TensionLevel;

/**
 * What staff record of a monitoring visit.
 *
 * @param visitors who went (names and roles, as the team writes them)
 * @param tension  the tension observed, on the scale of community profiles; null when not assessed
 */
public record VisitData(LocalDate visitedOn, String visitors, String findings, TensionLevel tension) {

    public static final int VISITORS_MAX = 300;
    public static final int FINDINGS_MAX = 4000;

    public VisitData {
        if (visitedOn == null) {
            throw new InvalidFieldException("visitedOn", "visits.error.date", "required");
        }
        visitors = required(visitors, VISITORS_MAX, "visitors", "visits.error.visitors");
        findings = required(findings, FINDINGS_MAX, "findings", "visits.error.findings");
    }

    static String required(String text, int max, String field, String key) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw new InvalidFieldException(field, key, "1 to " + max + " characters");
        }
        return stripped;
    }
}
