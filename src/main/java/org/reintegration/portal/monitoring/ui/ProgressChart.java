package org.reintegration.portal.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reintegration.portal.base.Texts;
import org.reintegration.portal.monitoring.Actual;
import org.reintegration.portal.monitoring.IndicatorProgress;

/**
 * Where an indicator stood after each period, as bars against a line at the target and a line at the
 * baseline: plain elements sized on the server, so it needs no chart library and reads on any phone.
 */
final class ProgressChart extends Div {

    static final String HEIGHT = "8em";

    ProgressChart(IndicatorProgress progress, Locale locale) {
        addClassName("indicator-chart");
        getStyle()
                .set("position", "relative")
                .set("display", "flex")
                .set("align-items", "flex-end")
                .set("gap", "4px")
                .set("height", HEIGHT)
                .set("margin", "var(--lumo-space-s) 0")
                .set("padding", "0 2px")
                .set("border-bottom", "1px solid var(--lumo-contrast-50pct)")
                .set("max-width", "40em");
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        BigDecimal baseline = progress.indicator().data().baseline();
        BigDecimal target = progress.indicator().data().target();
        List<BigDecimal> levels = levels(progress);
        // a tenth of headroom, so that the target line and its label stay inside the chart
        BigDecimal top =
                levels.stream().reduce(target.max(baseline), BigDecimal::max).multiply(new BigDecimal("1.1"));
        if (top.signum() == 0) {
            top = BigDecimal.ONE;
        }
        for (int i = 0; i < levels.size(); i++) {
            Actual actual = progress.actuals().get(i);
            Div bar = new Div();
            bar.addClassName("indicator-chart-bar");
            bar.getElement()
                    .setAttribute(
                            "title",
                            Texts.get(locale, "label.colon", dates.format(actual.periodEnd())) + " "
                                    + number.format(levels.get(i)));
            bar.getStyle()
                    .set("flex", "1 1 0")
                    .set("max-width", "3em")
                    .set("height", percent(levels.get(i), top) + "%")
                    .set("background", "var(--lumo-primary-color)");
            add(bar);
        }
        add(line("indicator-chart-target", percent(target, top), "var(--lumo-success-color)", number.format(target)));
        if (baseline.signum() > 0) {
            add(line("indicator-chart-baseline", percent(baseline, top), "var(--lumo-contrast-50pct)", null));
        }
    }

    /** The level after each period: running totals from the baseline for counts, each value for percentages. */
    static List<BigDecimal> levels(IndicatorProgress progress) {
        List<BigDecimal> levels = new ArrayList<>();
        boolean percentage = progress.indicator().data().unit().isPercentage();
        BigDecimal running = progress.indicator().data().baseline();
        for (Actual actual : progress.actuals()) {
            running = percentage ? actual.value() : running.add(actual.value());
            levels.add(running);
        }
        return levels;
    }

    private static int percent(BigDecimal value, BigDecimal top) {
        return value.multiply(BigDecimal.valueOf(100))
                .divide(top, 0, RoundingMode.HALF_UP)
                .intValue();
    }

    private static Div line(String className, int bottomPercent, String colour, String label) {
        Div line = new Div();
        line.addClassName(className);
        line.getStyle()
                .set("position", "absolute")
                .set("left", "0")
                .set("right", "0")
                .set("bottom", bottomPercent + "%")
                .set("border-top", "2px dashed " + colour);
        if (label != null) {
            Span text = new Span(label);
            text.getStyle()
                    .set("position", "absolute")
                    .set("inset-inline-end", "0")
                    .set("bottom", "2px")
                    .set("font-size", "var(--lumo-font-size-xs)");
            line.add(text);
        }
        return line;
    }
}
