package org.reintegration.portal.returnees;

import java.time.LocalDate;
import java.util.Objects;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.security.SmallCounts;

/**
 * Returnees counted in an admin area, or in one community of it, at a reporting date: aggregated
 * figures only, never an individual returnee. Each figure is a count of zero or more, or
 * {@link SmallCounts#FEWER_THAN_FIVE} where it is suppressed for the reader.
 *
 * @param area        the admin area counted, or the community's area
 * @param communityId the community counted, or null for a count of the whole area
 * @param periodLabel what the period is called, such as {@code DTM round 1}
 * @param periodEnd   the reporting date
 * @param individuals returnees counted
 * @param households  returnee households, or null when not counted
 * @param females     female returnees, or null when not counted
 * @param males       male returnees, or null when not counted
 * @param fromAbroad  returnees who came back from abroad, or null when not counted
 * @param source      where the figures come from, such as {@code IOM DTM} or {@code programme caseload}
 */
public record ReturneeCountData(
        PCode area,
        Long communityId,
        String periodLabel,
        LocalDate periodEnd,
        int individuals,
        Integer households,
        Integer females,
        Integer males,
        Integer fromAbroad,
        String source) {

    public static final int PERIOD_LABEL_MAX = 100;
    public static final int SOURCE_MAX = 200;

    public ReturneeCountData {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(periodEnd, "periodEnd");
        periodLabel = periodLabel == null ? "" : periodLabel.strip();
        source = source == null ? "" : source.strip();
        if (periodLabel.isEmpty() || periodLabel.length() > PERIOD_LABEL_MAX) {
            throw new IllegalArgumentException("periodLabel");
        }
        if (source.isEmpty() || source.length() > SOURCE_MAX) {
            throw new IllegalArgumentException("source");
        }
        checkCount("individuals", individuals);
        checkCount("households", households);
        checkCount("females", females);
        checkCount("males", males);
        checkCount("fromAbroad", fromAbroad);
        ProblemText inconsistency = inconsistency(individuals, households, females, males, fromAbroad);
        if (inconsistency != null) {
            throw new IllegalArgumentException(inconsistency.english());
        }
    }

    /**
     * What makes a set of figures contradict itself, or null when they agree: parts larger than the
     * whole. Suppressed figures are not compared, as their value is unknown to the reader.
     */
    public static ProblemText inconsistency(
            int individuals, Integer households, Integer females, Integer males, Integer fromAbroad) {
        if (isSuppressed(individuals)) {
            return null;
        }
        if (known(females) && known(males) && (long) females + males > individuals) {
            return ProblemText.of(
                    "returnees.inconsistent.sexes",
                    String.valueOf(females),
                    String.valueOf(males),
                    String.valueOf(individuals));
        }
        if (known(households) && households > individuals) {
            return ProblemText.of(
                    "returnees.inconsistent.households", String.valueOf(households), String.valueOf(individuals));
        }
        if (known(fromAbroad) && fromAbroad > individuals) {
            return ProblemText.of(
                    "returnees.inconsistent.abroad", String.valueOf(fromAbroad), String.valueOf(individuals));
        }
        return null;
    }

    /**
     * The natural key of the figures, independent of the file they came in: area, community, reporting
     * date, period and source. The same figures imported again have the same key and are stored once.
     */
    public String importKey() {
        return area.value() + "|" + (communityId == null ? "" : communityId) + "|" + periodEnd + "|" + periodLabel + "|"
                + source;
    }

    /** Whether any figure is suppressed, as only figures read outside staff roles are. */
    public boolean hasSuppressedFigures() {
        return isSuppressed(individuals)
                || isSuppressed(households)
                || isSuppressed(females)
                || isSuppressed(males)
                || isSuppressed(fromAbroad);
    }

    private static boolean known(Integer count) {
        return count != null && !isSuppressed(count);
    }

    private static boolean isSuppressed(Integer count) {
        return count != null && SmallCounts.hidden(count);
    }

    private static void checkCount(String field, Integer count) {
        if (count != null && count < 0 && !SmallCounts.hidden(count)) {
            throw new IllegalArgumentException(field + ": a count cannot be negative: " + count);
        }
    }
}
