package org.reintegration.portal.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts and numbers as the interface shows them, in the reader's language: grouped the locale's way, an
 * amount with as many decimals as its currency uses (none for Guinean francs, two for US dollars). Every
 * screen formats money and counts through here, so one amount reads the same everywhere.
 */
public final class Formats {

    private Formats() {}

    /** The decimals a currency is written with: 0 for GNF, 2 for USD; 2 for a code Java does not know. */
    public static int fractionDigits(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return 2;
        }
    }

    /** An amount without its currency, with the currency's decimals: "1 500 000" for GNF in French. */
    public static String amount(Locale locale, BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int digits = fractionDigits(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** An amount followed by its currency code: "1 500 000 GNF", "12,50 USD". */
    public static String money(Locale locale, BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        return currency == null || currency.isBlank()
                ? amount(locale, amount, null)
                : amount(locale, amount, currency) + " " + currency;
    }

    /** A whole count, grouped: "12 345". */
    public static String count(Locale locale, long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    /** A measured number with at most this many decimals, grouped: "1 234,5". */
    public static String number(Locale locale, Number number, int maxDecimals) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(number);
    }

    /** A share as a percentage with at most this many decimals: "42 %" in French. */
    public static String percent(Locale locale, double share, int maxDecimals) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(share);
    }
}
