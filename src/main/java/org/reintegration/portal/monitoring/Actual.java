package org.reintegration.portal.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.OptionalText;

/**
 * What an indicator reached in one period, with its parts by sex and by returnee/resident status when
 * known. Each pair of parts is at most the total (some people may not have said), never more.
 *
 * @param female    the women and girls among the total, or null when not counted
 * @param returnees the returnees among the total, or null when not counted
 */
public record Actual(
        long id,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal value,
        Integer female,
        Integer male,
        Integer returnees,
        Integer residents,
        String note) {

    public static final int NOTE_MAX = 1000;

    public Actual {
        if (periodStart == null) {
            throw new InvalidFieldException("periodStart", "indicators.error.period", "required");
        }
        if (periodEnd == null || periodEnd.isBefore(periodStart)) {
            throw new InvalidFieldException("periodEnd", "indicators.error.period", "ends before it starts");
        }
        if (value == null || value.signum() < 0) {
            throw new InvalidFieldException("value", "indicators.error.value", "required, not negative");
        }
        for (Integer part : new Integer[] {female, male, returnees, residents}) {
            if (part != null && part < 0) {
                throw new InvalidFieldException("value", "indicators.error.part-negative", "a part is negative");
            }
        }
        if (sum(female, male) > value.doubleValue()) {
            throw new InvalidFieldException("female", "indicators.error.parts-sex", "women and men exceed the total");
        }
        if (sum(returnees, residents) > value.doubleValue()) {
            throw new InvalidFieldException(
                    "returnees", "indicators.error.parts-status", "returnees and residents exceed the total");
        }
        note = OptionalText.of(note, NOTE_MAX, "note");
    }

    /** An actual not stored yet. */
    public static Actual of(
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal value,
            Integer female,
            Integer male,
            Integer returnees,
            Integer residents,
            String note) {
        return new Actual(0, periodStart, periodEnd, value, female, male, returnees, residents, note);
    }

    public boolean overlaps(Actual other) {
        return !periodEnd.isBefore(other.periodStart) && !other.periodEnd.isBefore(periodStart);
    }

    public boolean isDisaggregated() {
        return female != null || male != null || returnees != null || residents != null;
    }

    private static long sum(Integer a, Integer b) {
        return (a == null ? 0L : a) + (b == null ? 0L : b);
    }
}
