package org.reintegration.portal.grant.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server with plain elements: one row per bar with its label, a bar whose
 * width is its share of the largest value, and the value as text (so the chart reads without colours and in
 * right-to-left pages).
 */
class BarChart extends Div {

    record Bar(String label, BigDecimal value, String text) {}

    BarChart(String id, List<Bar> bars) {
        setId(id);
        addClassName("bar-chart");
        getStyle().set("display", "grid").set("grid-template-columns", "minmax(8em, max-content) 1fr max-content");
        getStyle().set("gap", "var(--lumo-space-xs) var(--lumo-space-s)").set("align-items", "center");
        getStyle().set("width", "100%").set("max-width", "48em");
        BigDecimal largest = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        for (Bar bar : bars) {
            Span label = new Span(bar.label());
            Div track = new Div();
            track.getStyle().set("background", "var(--lumo-contrast-5pct)").set("height", "1.2em");
            Div fill = new Div();
            fill.addClassName("bar");
            int percent = largest.signum() == 0
                    ? 0
                    : bar.value()
                            .multiply(BigDecimal.valueOf(100))
                            .divide(largest, 0, RoundingMode.HALF_UP)
                            .intValue();
            fill.getElement().setAttribute("data-percent", String.valueOf(percent));
            fill.getStyle()
                    .set("width", percent + "%")
                    .set("height", "100%")
                    .set("background", "var(--lumo-primary-color)");
            track.add(fill);
            Span value = new Span(bar.text());
            value.addClassName("bar-value");
            add(label, track, value);
        }
    }
}
