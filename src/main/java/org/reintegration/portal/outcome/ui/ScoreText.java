package org.reintegration.portal.outcome.ui;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import org.reintegration.portal.outcome.Figure;
import org.reintegration.portal.outcome.SchemeVersion;
import org.reintegration.portal.outcome.ScoreKind;
import org.reintegration.portal.security.SmallCounts;

/** How scores, counts, changes and quarters read on the outcome pages, in the reader's language. */
final class ScoreText {

    private ScoreText() {}

    /** A quarter such as "2026 T2" in French: the year and the quarter's number. */
    static String quarter(Component c, LocalDate start) {
        return c.getTranslation("outcome.quarter", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
    }

    static String score(Locale locale, Double mean) {
        if (mean == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(mean);
    }

    static String change(Locale locale, Double change) {
        if (change == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return (change > 0 ? "+" : change < 0 ? "−" : "±") + format.format(Math.abs(change));
    }

    static String percent(Locale locale, Double share) {
        if (share == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        return format.format(share);
    }

    /** The number of respondents: the count, "<5", or "x" for one withheld so that a small one stays hidden. */
    static String respondents(Component c, Locale locale, int shown) {
        return SmallCounts.hidden(shown)
                ? SmallCounts.text(shown)
                : NumberFormat.getIntegerInstance(locale).format(shown);
    }

    static String mean(Locale locale, Figure figure, ScoreKind kind) {
        return score(locale, figure == null ? null : figure.mean(kind));
    }

    /** "Scheme version 2: title", and a warning when its weights are an invented example. */
    static String scheme(Component c, SchemeVersion scheme) {
        String line = c.getTranslation(
                "outcome.scheme.line",
                scheme.version(),
                org.reintegration.portal.base.BidiText.isolate(scheme.stored().title()));
        return scheme.stored().example() ? line + " — " + c.getTranslation("outcome.scheme.example-warning") : line;
    }
}
