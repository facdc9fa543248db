package org.reintegration.portal.interop.hxl;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.regex.Pattern;
import org.reintegration.portal.base.ProblemText;

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
        requireValue("import.cell.empty.value");
        return text();
    }

    /**
     * A count of people, households or the like: a whole number of zero or more. {@code 1210.0}, as some
     * spreadsheets write whole numbers, is read as 1210; {@code 12.5}, {@code -3} and {@code 1,210} are refused.
     */
    public long count() throws ImportException {
        requireValue("import.cell.empty.whole-number");
        String text = text();
        var whole = WHOLE.matcher(text);
        if (whole.matches()) {
            try {
                return Long.parseLong(whole.group(1));
            } catch (NumberFormatException tooLarge) {
                throw failure("import.cell.too-large", shown());
            }
        }
        if (DECIMAL.matcher(text).matches() && text.startsWith("-")) {
            throw failure("import.cell.negative-count", shown());
        }
        if (GROUPED.matcher(text).matches()) {
            throw failure("import.cell.grouped", shown());
        }
        throw failure("import.cell.not-whole", shown());
    }

    /** A decimal number written with {@code .}, such as {@code -13.26584}, kept exactly. */
    public BigDecimal decimal() throws ImportException {
        requireValue("import.cell.empty.number");
        String text = text();
        if (DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        if (DECIMAL.matcher(text.replace(',', '.')).matches()) {
            throw failure("import.cell.decimal-comma", shown());
        }
        throw failure("import.cell.not-number", shown());
    }

    /** A date written as ISO {@code yyyy-MM-dd}, such as {@code 2024-03-31}. */
    public LocalDate date() throws ImportException {
        requireValue("import.cell.empty.date");
        String text = text();
        if (!ISO_DATE.matcher(text).matches()) {
            throw failure("import.cell.not-iso-date", shown());
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException noSuchDay) {
            throw failure("import.cell.no-such-day", shown());
        }
    }

    /** A problem with this cell, for checks of the caller's own, such as an unknown P-code. */
    public ImportProblem problem(ProblemText what) {
        return ImportProblem.inCell(line, column, label, what);
    }

    /** A problem with this cell: the text's key in the translations and its arguments. */
    public ImportProblem problem(String key, Serializable... args) {
        return problem(ProblemText.of(key, args));
    }

    /** The same problem thrown, to be caught by {@link ImportProblems#attempt}. */
    public ImportException failure(String key, Serializable... args) {
        return new ImportException(problem(key, args));
    }

    private void requireValue(String emptyKey) throws ImportException {
        if (isEmpty()) {
            throw failure(emptyKey);
        }
    }

    /**
     * The value as a message shows it (the messages put it in quotes), shortened so that a long text does not
     * swamp the message.
     */
    public String shown() {
        String text = text();
        return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "…";
    }
}
