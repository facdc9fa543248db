package org.reintegration.portal.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An indicator with its actuals, oldest period first, and where it stands against its target. A count
 * reaches its baseline plus every period's actual; a percentage stands at its latest actual.
 */
public record IndicatorProgress(Indicator indicator, List<Actual> actuals) {

    public IndicatorProgress {
        actuals = actuals.stream()
                .sorted(Comparator.comparing(Actual::periodStart).thenComparing(Actual::periodEnd))
                .toList();
    }

    /** The value the indicator stands at now: the baseline when nothing was recorded. */
    public BigDecimal reached() {
        IndicatorData d = indicator.data();
        if (actuals.isEmpty()) {
            return d.baseline();
        }
        if (d.unit().isPercentage()) {
            return actuals.getLast().value();
        }
        return actuals.stream().map(Actual::value).reduce(d.baseline(), BigDecimal::add);
    }

    /**
     * How far from baseline to target the indicator has come, in percent (0 when it moved the wrong
     * way, above 100 when it went beyond the target); empty when the target equals the baseline.
     */
    public Optional<Integer> percentOfTarget() {
        IndicatorData d = indicator.data();
        BigDecimal span = d.target().subtract(d.baseline());
        if (span.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal moved = reached().subtract(d.baseline());
        int percent = moved.multiply(BigDecimal.valueOf(100))
                .divide(span, 0, RoundingMode.DOWN)
                .intValue();
        return Optional.of(Math.max(0, percent));
    }
}
