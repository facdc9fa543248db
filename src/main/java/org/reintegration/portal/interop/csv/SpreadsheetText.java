package org.reintegration.portal.interop.csv;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheets from running what people typed. A cell beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a
 * formula, so a community named {@code =HYPERLINK("http://…","Click")} would become a live link, or worse,
 * in the exported file. As OWASP advises, such a text is written with an apostrophe in front, which a
 * spreadsheet shows as plain text and does not display.
 *
 * <p>Numbers in numeric columns are left alone ({@code -5} stays a number). To make the round trip exact,
 * a text that already begins with apostrophes followed by one of those characters gets one more, and
 * {@link #unguarded} takes exactly one away from such a text and from nothing else: what the portal
 * exports, its imports read back unchanged. See docs/adr/0012-hostile-text-and-exports.md.
 */
public final class SpreadsheetText {

    /** Apostrophes, then a character that starts a formula. */
    private static final Pattern FORMULA_START = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);

    /** What a numeric column may hold unchanged: a plain decimal number, such as {@code -13.26584}. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private SpreadsheetText() {}

    /** The text as a text cell should hold it: with an apostrophe in front when it would start a formula. */
    public static String guarded(String text) {
        return text != null && FORMULA_START.matcher(text).matches() ? "'" + text : text;
    }

    /** The value of a numeric column: a plain number as it is, anything else guarded like text. */
    public static String guardedNumber(String text) {
        return text != null && NUMBER.matcher(text).matches() ? text : guarded(text);
    }

    /** The text a guarded cell was written from: one apostrophe fewer where {@link #guarded} added one. */
    public static String unguarded(String cell) {
        return cell != null
                        && cell.startsWith("'")
                        && FORMULA_START.matcher(cell.substring(1)).matches()
                ? cell.substring(1)
                : cell;
    }
}
