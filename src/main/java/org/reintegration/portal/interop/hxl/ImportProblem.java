package org.reintegration.portal.interop.hxl;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.reintegration.portal.interop.csv.CsvFormatException;
import org.reintegration.portal.interop.csv.CsvRecord;

/**
 * Something in an imported file that keeps it from being imported, said so that the person who
 * uploaded it can find and fix it: the message starts with the position, such as
 * {@code line 7, column 8 (#affected+returnees+ind): 'abc' is not a whole number}, and can be shown
 * as it is. Problems sort by position, problems about the whole file first.
 *
 * @param line    the 1-based line in the file, or 0 when the problem is about the whole file
 * @param column  the 1-based column (field number), or 0 when the problem is about a whole line or file
 * @param message the full text to show, position included
 */
public record ImportProblem(int line, int column, String message) implements Comparable<ImportProblem>, Serializable {

    private static final Comparator<ImportProblem> BY_POSITION = Comparator.comparingInt(ImportProblem::line)
            .thenComparingInt(ImportProblem::column)
            .thenComparing(ImportProblem::message);

    public ImportProblem {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("lines and columns are counted from 1, or 0 for none");
        }
        if (Objects.requireNonNull(message).isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
    }

    /** A problem with the file as a whole, such as a missing column. */
    public static ImportProblem inFile(String message) {
        return new ImportProblem(0, 0, message);
    }

    /** A problem with a whole line, such as a wrong number of fields: {@code line 12: what}. */
    public static ImportProblem onLine(int line, String what) {
        return new ImportProblem(line, 0, "line " + line + ": " + what);
    }

    /**
     * A problem with one cell: {@code line 7, column 8 (label): what}.
     *
     * @param label what the column holds, such as its hashtag or a form field's path
     */
    public static ImportProblem inCell(int line, int column, String label, String what) {
        return new ImportProblem(line, column, "line " + line + ", column " + column + " (" + label + "): " + what);
    }

    /**
     * The problem with a record that has too few fields, as the last line of a file cut short has, or
     * too many. Extra fields that are all empty are no problem: some spreadsheets pad rows with separators.
     *
     * @return the problem, or empty when the record has the fields expected
     */
    public static Optional<ImportProblem> ofFieldCount(CsvRecord record, int expected) {
        int found = record.size();
        if (found < expected) {
            return Optional.of(
                    onLine(record.line(), "expected " + expected + " fields, found " + found + " (truncated file?)"));
        }
        boolean extraValues = record.fields().subList(expected, found).stream().anyMatch(field -> !field.isBlank());
        return extraValues
                ? Optional.of(onLine(record.line(), "expected " + expected + " fields, found " + found))
                : Optional.empty();
    }

    /** The problem a CSV reader stopped at. */
    public static ImportProblem of(CsvFormatException notCsv) {
        return new ImportProblem(notCsv.line(), notCsv.column(), notCsv.getMessage());
    }

    @Override
    public int compareTo(ImportProblem other) {
        return BY_POSITION.compare(this, other);
    }

    @Override
    public String toString() {
        return message;
    }
}
