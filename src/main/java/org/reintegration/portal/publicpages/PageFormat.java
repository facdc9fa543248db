package org.reintegration.portal.publicpages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.ui.Formats;
import org.reintegration.portal.base.ui.Languages;
import org.reintegration.portal.security.SmallCounts;

/**
 * Numbers, amounts, counts and dates as a public page shows them in its language, the same way the
 * Vaadin pages do; and typed text made safe to sit inside a {@code <bdi>}.
 */
public final class PageFormat {

    private final Locale locale;

    PageFormat(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public String dir() {
        return Languages.isRightToLeft(locale) ? "rtl" : "ltr";
    }

    /** An amount with its currency, as the signed-in pages write it ({@link Formats#money}). */
    public String money(BigDecimal amount, String currency) {
        return Formats.money(locale, amount, currency);
    }

    /** {@link #money} with {@code {n}} in place of the number, for a script that writes amounts as they change. */
    public String moneyPattern(String currency) {
        BigDecimal one = BigDecimal.ONE;
        return money(one, currency).replace(Formats.amount(locale, one, currency), "{n}");
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /**
     * A count as the service handed it over: a number, or "&lt;5" / "x" for one that small-count
     * suppression hid ({@link SmallCounts}).
     */
    public String count(int value) {
        return SmallCounts.hidden(value) ? SmallCounts.text(value) : number(value);
    }

    /** What share of the whole a part is, as a whole percentage in the page's digits. */
    public String share(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        return format.format(part.divide(whole, 2, RoundingMode.HALF_UP));
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(date);
    }

    /** Text someone typed, to be shown inside a {@code <bdi>}: no direction control leaks out of it. */
    public String typed(String text) {
        return BidiText.balanced(text);
    }
}
