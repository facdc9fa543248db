package org.reintegration.portal.grant.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Amounts and dates in the user's language. */
final class Amounts {

    private final NumberFormat numbers;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;

    Amounts(Locale locale) {
        numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMinimumFractionDigits(2);
        numbers.setMaximumFractionDigits(2);
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
    }

    String number(BigDecimal amount) {
        return amount == null ? "" : numbers.format(amount);
    }

    String money(BigDecimal amount, String currency) {
        return amount == null ? "" : numbers.format(amount) + " " + currency;
    }

    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    String time(LocalDateTime time) {
        return time == null ? "" : times.format(time);
    }
}
