package org.reintegration.portal.outcome.ui;

import com.vaadin.flow.component.Svg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.reintegration.portal.outcome.Figure;
import org.reintegration.portal.outcome.ProjectSpan;
import org.reintegration.portal.outcome.ScoreKind;

/**
 * A community's scores over time as an SVG drawn on the server: one line per score (the composite thick), a dashed
 * line at the programme's threshold, and a vertical line where each project started (▶, numbered as in the list
 * under the chart) and ended (■). Quarters whose group was suppressed leave a gap marked "&lt;5". No chart library:
 * plain SVG with no user text in it, so it is light and safe; the time axis runs left to right in every language.
 */
final class ScoreChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    static final String[] COLOURS = {"#1b7837", "#2166ac", "#b35806", "#111111"};

    private ScoreChart() {}

    /**
     * @param figures  the community's figures for everyone, one per quarter, oldest first
     * @param projects its projects, numbered from 1 in this order
     * @param label    what the chart shows, in the reader's language: the picture's name for screen readers
     */
    static Svg of(
            List<Figure> figures,
            List<ProjectSpan> projects,
            double threshold,
            String fewerThanFive,
            String label,
            Locale locale) {
        TreeSet<LocalDate> quarters = new TreeSet<>();
        figures.forEach(f -> quarters.add(f.quarter()));
        if (quarters.isEmpty()) {
            return new Svg("<svg xmlns='http://www.w3.org/2000/svg' width='0' height='0'></svg>");
        }
        // the axis runs from the first to the last quarter with figures, widened to show project starts and ends
        LocalDate first = quarters.first();
        LocalDate last = quarters.last();
        for (ProjectSpan p : projects) {
            first = min(first, p.start());
            if (p.end() != null && !p.end().isAfter(last.plusMonths(3))) {
                last = max(last, p.end());
            }
        }
        first = first.withDayOfMonth(1);
        double span = Math.max(1, daysBetween(first, last.plusMonths(3)));
        LocalDate axisStart = first;
        java.util.function.ToDoubleFunction<LocalDate> x =
                d -> LEFT + (WIDTH - LEFT - RIGHT) * daysBetween(axisStart, d) / span;
        java.util.function.DoubleUnaryOperator y = v -> TOP + (HEIGHT - TOP - BOTTOM) * (1 - v);

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("' width='100%' role='img' aria-label='")
                .append(escape(label))
                .append("' style='max-width:40em;direction:ltr' font-size='11' font-family='sans-serif'>");
        for (int i = 0; i <= 4; i++) {
            double v = i / 4.0;
            double yy = y.applyAsDouble(v);
            svg.append(line(LEFT, yy, WIDTH - RIGHT, yy, "#dddddd", 1, null));
            svg.append(text(LEFT - 6, yy + 4, "end", String.format(locale, "%.2f", v), "#555555"));
        }
        double ty = y.applyAsDouble(threshold);
        svg.append(line(LEFT, ty, WIDTH - RIGHT, ty, "#7b3294", 1.5, "6 4"));
        for (LocalDate q : quarters) {
            double qx = x.applyAsDouble(q.plusDays(45));
            svg.append(text(
                    qx,
                    HEIGHT - BOTTOM + 16,
                    "middle",
                    q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1),
                    "#333333"));
        }
        for (int i = 0; i < projects.size(); i++) {
            ProjectSpan p = projects.get(i);
            double sx = x.applyAsDouble(p.start());
            svg.append(line(sx, TOP, sx, HEIGHT - BOTTOM, "#2e7d32", 2, null));
            svg.append(text(sx + 3, TOP + 10 + 12 * (i % 3), "start", "▶" + (i + 1), "#2e7d32"));
            if (p.end() != null && !p.end().isAfter(last.plusMonths(3))) {
                double ex = x.applyAsDouble(p.end());
                svg.append(line(ex, TOP, ex, HEIGHT - BOTTOM, "#455a64", 2, "2 3"));
                svg.append(text(ex + 3, TOP + 10 + 12 * (i % 3), "start", "■" + (i + 1), "#455a64"));
            }
        }
        ScoreKind[] kinds = ScoreKind.values();
        for (int k = 0; k < kinds.length; k++) {
            List<double[]> segment = new ArrayList<>();
            for (Figure f : figures) {
                double fx = x.applyAsDouble(f.quarter().plusDays(45));
                Double mean = f.mean(kinds[k]);
                if (mean == null) {
                    svg.append(path(segment, COLOURS[k], kinds[k] == ScoreKind.COMPOSITE ? 3 : 1.5));
                    segment.clear();
                    if (k == 0 && f.suppressed()) {
                        svg.append(text(fx, HEIGHT - BOTTOM - 4, "middle", fewerThanFive, "#757575"));
                    }
                    continue;
                }
                segment.add(new double[] {fx, y.applyAsDouble(mean)});
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle cx='%.1f' cy='%.1f' r='%s' fill='%s'/>",
                        fx,
                        y.applyAsDouble(mean),
                        kinds[k] == ScoreKind.COMPOSITE ? "4" : "2.5",
                        COLOURS[k]));
            }
            svg.append(path(segment, COLOURS[k], kinds[k] == ScoreKind.COMPOSITE ? 3 : 1.5));
        }
        svg.append("</svg>");
        return new Svg(svg.toString());
    }

    private static String path(List<double[]> points, String colour, double width) {
        if (points.size() < 2) {
            return "";
        }
        StringBuilder d = new StringBuilder();
        for (double[] p : points) {
            d.append(d.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", p[0], p[1]));
        }
        return String.format(
                Locale.ROOT, "<path d='%s' fill='none' stroke='%s' stroke-width='%.1f'/>", d, colour, width);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        return String.format(
                Locale.ROOT,
                "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f' stroke='%s' stroke-width='%.1f'%s/>",
                x1,
                y1,
                x2,
                y2,
                colour,
                width,
                dash == null ? "" : " stroke-dasharray='" + dash + "'");
    }

    /** Text made only of digits, signs and the translated "<5", escaped all the same. */
    private static String text(double x, double y, String anchor, String content, String colour) {
        String safe = escape(content);
        return String.format(
                Locale.ROOT,
                "<text x='%.1f' y='%.1f' text-anchor='%s' fill='%s'>%s</text>",
                x,
                y,
                anchor,
                colour,
                safe);
    }

    /** Text for an element's content or a quoted attribute. */
    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;")
                .replace("\"", "&quot;");
    }

    private static long daysBetween(LocalDate a, LocalDate b) {
        return java.time.temporal.ChronoUnit.DAYS.between(a, b);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }
}
