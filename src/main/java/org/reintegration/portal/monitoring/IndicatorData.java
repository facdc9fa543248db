package org.reintegration.portal.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.OptionalText;

/**
 * What staff enter for an indicator. A starter indicator takes its level, unit and direction from the
 * starter set; any other needs a name.
 *
 * @param starter    the starter indicator it is, or null for one of its own
 * @param name       the name of an indicator of its own; null for a starter indicator
 * @param ascending  true when more is better
 * @param baseline   the value before the project, in the indicator's unit
 * @param target     the value aimed at by {@code targetDate}
 * @param targetDate when the target should be reached, or null for the project's end
 */
public record IndicatorData(
        StarterIndicator starter,
        String name,
        IndicatorLevel level,
        IndicatorUnit unit,
        boolean ascending,
        BigDecimal baseline,
        LocalDate baselineDate,
        BigDecimal target,
        LocalDate targetDate) {

    public static final int NAME_MAX = 200;
    public static final BigDecimal VALUE_MAX = new BigDecimal("999999999999.99");

    public IndicatorData {
        name = OptionalText.of(name, NAME_MAX, "name");
        if (starter != null) {
            name = null;
            level = starter.level();
            unit = starter.unit();
            ascending = starter.ascending();
        } else if (name == null) {
            throw new InvalidFieldException("name", "indicators.error.name", "a name or a starter indicator");
        }
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(unit, "unit");
        if (baselineDate == null) {
            throw new InvalidFieldException("baselineDate", "indicators.error.baseline-date", "required");
        }
        baseline = value(baseline, unit, "baseline");
        target = value(target, unit, "target");
        if (targetDate != null && targetDate.isBefore(baselineDate)) {
            throw new InvalidFieldException("targetDate", "indicators.error.target-date", "before the baseline");
        }
    }

    /** A starter indicator with its baseline and target. */
    public static IndicatorData of(
            StarterIndicator starter,
            BigDecimal baseline,
            LocalDate baselineDate,
            BigDecimal target,
            LocalDate targetDate) {
        return new IndicatorData(
                starter,
                null,
                starter.level(),
                starter.unit(),
                starter.ascending(),
                baseline,
                baselineDate,
                target,
                targetDate);
    }

    /** The programme's reference code: the starter code, or none. */
    public String code() {
        return starter == null ? null : starter.code();
    }

    /** A value of this unit: not negative, at most 2 decimals, at most 100 for a percentage. */
    static BigDecimal value(BigDecimal value, IndicatorUnit unit, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "indicators.error.value", "required");
        }
        if (value.signum() < 0
                || value.compareTo(VALUE_MAX) > 0
                || (unit.isPercentage() && value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new InvalidFieldException(field, "indicators.error.value", "out of range: " + value);
        }
        try {
            return value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreDecimals) {
            throw new InvalidFieldException(field, "indicators.error.value", "at most 2 decimals");
        }
    }
}
