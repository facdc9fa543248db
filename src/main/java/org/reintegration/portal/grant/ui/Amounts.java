package org.reintegration.portal.grant.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.reintegration.portal.base.ui.Formats;

/** Amounts (through {@link Formats}) and dates in the user's language. */
final class Amounts {

    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;

    Amounts(Locale locale) {
        this.locale = locale;
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
    }

    /** An amount without its currency code, with the currency's decimals. */
    String number(BigDecimal amount, String currency) {
        return Formats.amount(locale, amount, currency);
    }

    String money(BigDecimal amount, String currency) {
        return Formats.money(locale, amount, currency);
    }

    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    String time(LocalDateTime time) {
        return time == null ? "" : times.format(time);
    }
}
