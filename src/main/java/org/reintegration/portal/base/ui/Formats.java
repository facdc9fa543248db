package org.reintegration.portal.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.reintegration.portal.base.BidiText;

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

    /**
     * An amount and its currency code, as the language writes money (CLDR), with the code where the symbol
     * goes: "1 500 000 GNF" in French and "‏1,500,000 GNF" in Arabic (Latin digits, the CLDR default for
     * {@code ar}; the code after the number, joined by a no-break space, behind a right-to-left mark), kept in
     * English as "1,500,000 GNF". An Arabic amount is a bidi isolate of its own: within running text, and next
     * to a Latin title or another amount, it keeps its order and never swaps places with its neighbours.
     */
    public static String money(Locale locale, BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        if (currency == null || currency.isBlank()) {
            return amount(locale, amount, null);
        }
        if ("en".equals(locale.getLanguage())) {
            // the code after the number, as the portal's English reports have always read, not CLDR's "GNF 1,500,000"
            return amount(locale, amount, currency) + " " + currency;
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        symbols.setCurrencySymbol(currency);
        format.setDecimalFormatSymbols(symbols);
        int digits = fractionDigits(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(amount);
        return Languages.isRightToLeft(locale) ? BidiText.isolate(text) : text;
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
