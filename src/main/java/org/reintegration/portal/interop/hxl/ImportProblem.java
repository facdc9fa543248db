package org.reintegration.portal.interop.hxl;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.interop.csv.CsvFormatException;
import org.reintegration.portal.interop.csv.CsvRecord;

/**
 * Something in an imported file that keeps it from being imported, said so that the person who
 * uploaded it can find and fix it: the text starts with the position, such as
 * {@code line 7, column 8 (#affected+returnees+ind): 'abc' is not a whole number}, and is shown in the
 * reader's language with {@link #message(Locale)} ({@code ligne 7, colonne 8 (#affected+returnees+ind) : …}).
 * Problems sort by position, problems about the whole file first.
 *
 * @param line   the 1-based line in the file, or 0 when the problem is about the whole file
 * @param column the 1-based column (field number), or 0 when the problem is about a whole line or file
 * @param text   the full text to show, position included, as a key of the translations and its arguments
 */
public record ImportProblem(int line, int column, ProblemText text) implements Comparable<ImportProblem>, Serializable {

    private static final Comparator<ImportProblem> BY_POSITION = Comparator.comparingInt(ImportProblem::line)
            .thenComparingInt(ImportProblem::column)
            .thenComparing(problem -> problem.text().key())
            .thenComparing(problem -> problem.text().args().toString());

    public ImportProblem {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("lines and columns are counted from 1, or 0 for none");
        }
        Objects.requireNonNull(text);
    }

    /** A problem with the file as a whole, such as a missing column. */
    public static ImportProblem inFile(ProblemText what) {
        return new ImportProblem(0, 0, what);
    }

    /** A problem with the file as a whole: the text's key and arguments. */
    public static ImportProblem inFile(String key, Serializable... args) {
        return inFile(ProblemText.of(key, args));
    }

    /** A problem with a whole line, such as a wrong number of fields: {@code line 12: what}. */
    public static ImportProblem onLine(int line, ProblemText what) {
        return new ImportProblem(line, 0, ProblemText.of("import.at.line", String.valueOf(line), what));
    }

    /** A problem with a whole line: the text's key and arguments. */
    public static ImportProblem onLine(int line, String key, Serializable... args) {
        return onLine(line, ProblemText.of(key, args));
    }

    /**
     * A problem with one cell: {@code line 7, column 8 (label): what}.
     *
     * @param label what the column holds, such as its hashtag or a form field's path, or a {@link ProblemText}
     *     for a column known by no name of its own
     */
    public static ImportProblem inCell(int line, int column, Serializable label, ProblemText what) {
        return new ImportProblem(
                line,
                column,
                ProblemText.of("import.at.cell", String.valueOf(line), String.valueOf(column), label, what));
    }

    /** A problem with one line of a field mapping typed by staff: {@code mapping line 3: what}. */
    public static ImportProblem onMappingLine(int line, ProblemText what) {
        return new ImportProblem(line, 0, ProblemText.of("import.at.mapping-line", String.valueOf(line), what));
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
                    onLine(record.line(), "import.fields.too-few", String.valueOf(expected), String.valueOf(found)));
        }
        boolean extraValues = record.fields().subList(expected, found).stream().anyMatch(field -> !field.isBlank());
        return extraValues
                ? Optional.of(onLine(
                        record.line(), "import.fields.too-many", String.valueOf(expected), String.valueOf(found)))
                : Optional.empty();
    }

    /** The problem a CSV reader stopped at. */
    public static ImportProblem of(CsvFormatException notCsv) {
        if (notCsv.line() == 0) {
            return inFile(notCsv.text());
        }
        if (notCsv.column() == 0) {
            return onLine(notCsv.line(), notCsv.text());
        }
        return new ImportProblem(
                notCsv.line(),
                notCsv.column(),
                ProblemText.of(
                        "import.at.column",
                        String.valueOf(notCsv.line()),
                        String.valueOf(notCsv.column()),
                        notCsv.text()));
    }

    /** The full text in English, position included, for logs, the API and exceptions' messages. */
    public String message() {
        return text.english();
    }

    /** The full text in a reader's language, position included; the file's own values are shown as they are. */
    public String message(Locale locale) {
        return text.in(locale);
    }

    @Override
    public int compareTo(ImportProblem other) {
        return BY_POSITION.compare(this, other);
    }

    @Override
    public String toString() {
        return message();
    }
}
