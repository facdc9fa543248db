package org.reintegration.portal.interop.hxl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One cell of an imported table with where it is, so that a value that cannot be used is reported as
 * {@code line 7, column 8 (#affected+returnees+ind): 'abc' is not a whole number}. The typed readers
 * accept only what is unambiguous in any locale (ISO dates, {@code .} for decimals, no thousands
 * separators) and refuse an empty cell; check {@link #isEmpty()} first where a value is optional.
 *
 * @param value  the text as read, quotes removed
 * @param line   the 1-based line of the row
 * @param column the 1-based column
 * @param label  what the column holds, shown in messages: its hashtag, or a form field's path
 */
public record Cell(String value, int line, int column, String label) {

    private static final Pattern WHOLE = Pattern.compile("\\+?(\\d+)(?:\\.0*)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(?:[, ]\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final int SHOWN_LENGTH = 40;

    public Cell {
        Objects.requireNonNull(value);
        Objects.requireNonNull(label);
    }

    /** Whether the cell holds nothing but spaces. */
    public boolean isEmpty() {
        return value.isBlank();
    }

    /** The value without surrounding spaces; empty for an empty cell. */
    public String text() {
        return value.strip();
    }

    /** The value without surrounding spaces, refusing an empty cell. */
    public String requiredText() throws ImportException {
        requireValue("a value");
        return text();
    }

    /**
     * A count of people, households or the like: a whole number of zero or more. {@code 1210.0}, as some
     * spreadsheets write whole numbers, is read as 1210; {@code 12.5}, {@code -3} and {@code 1,210} are refused.
     */
    public long count() throws ImportException {
        requireValue("a whole number");
        String text = text();
        var whole = WHOLE.matcher(text);
        if (whole.matches()) {
            try {
                return Long.parseLong(whole.group(1));
            } catch (NumberFormatException tooLarge) {
                throw failure(shown() + " is too large");
            }
        }
        if (DECIMAL.matcher(text).matches() && text.startsWith("-")) {
            throw failure(shown() + " is negative; a count cannot be below zero");
        }
        if (GROUPED.matcher(text).matches()) {
            throw failure(shown() + " is not a whole number; write it without thousands separators");
        }
        throw failure(shown() + " is not a whole number");
    }

    /** A decimal number written with {@code .}, such as {@code -13.26584}, kept exactly. */
    public BigDecimal decimal() throws ImportException {
        requireValue("a number");
        String text = text();
        if (DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        if (DECIMAL.matcher(text.replace(',', '.')).matches()) {
            throw failure(shown() + " is not a number; use '.' for decimals");
        }
        throw failure(shown() + " is not a number");
    }

    /** A date written as ISO {@code yyyy-MM-dd}, such as {@code 2024-03-31}. */
    public LocalDate date() throws ImportException {
        requireValue("a date");
        String text = text();
        if (!ISO_DATE.matcher(text).matches()) {
            throw failure(shown() + " is not a date of the form yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException noSuchDay) {
            throw failure(shown() + " is not a date that exists");
        }
    }

    /** A problem with this cell, for checks of the caller's own, such as an unknown P-code. */
    public ImportProblem problem(String what) {
        return ImportProblem.inCell(line, column, label, what);
    }

    private void requireValue(String what) throws ImportException {
        if (isEmpty()) {
            throw failure("the cell is empty; " + what + " is required");
        }
    }

    private ImportException failure(String what) {
        return new ImportException(problem(what));
    }

    /** The value in quotes, shortened so that a long text does not swamp the message. */
    private String shown() {
        String text = text();
        return "'" + (text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "…") + "'";
    }
}
