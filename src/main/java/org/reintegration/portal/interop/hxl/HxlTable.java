package org.reintegration.portal.interop.hxl;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.interop.csv.CsvRecord;

/**
 * The columns of an HXL table, found by hashtag row, so that an import selects columns by what they
 * hold and not by position or header text, which publishers change from one release to the next.
 * Untagged columns are not part of the HXL data and are left out.
 *
 * @param tagLine the line of the hashtag row
 * @param width   how many fields a data row has: the longer of the header row and the hashtag row
 * @param columns the tagged columns, left to right
 */
public record HxlTable(int tagLine, int width, List<HxlColumn> columns) {

    public HxlTable {
        columns = List.copyOf(columns);
    }

    /**
     * Whether a record is a hashtag row: it has at least one non-empty cell, and every non-empty cell
     * is an HXL tag.
     */
    public static boolean isHashtagRow(CsvRecord record) {
        return !record.isBlank()
                && record.fields().stream().filter(field -> !field.isBlank()).allMatch(HxlTag::isTag);
    }

    /**
     * The table whose hashtag row is {@code tags}.
     *
     * @param header the row above the hashtag row, whose cells become the columns' headers, or {@code null} when
     *               the hashtag row is the file's first
     */
    static HxlTable of(CsvRecord header, CsvRecord tags) {
        List<HxlColumn> columns = new ArrayList<>();
        for (int number = 1; number <= tags.size(); number++) {
            String tag = tags.column(number);
            if (!tag.isBlank()) {
                String text = header == null ? "" : header.column(number).strip();
                columns.add(new HxlColumn(number, text, HxlTag.parse(tag)));
            }
        }
        int width = Math.max(tags.size(), header == null ? 0 : header.size());
        return new HxlTable(tags.line(), width, columns);
    }

    /** The columns the pattern selects (see {@link HxlTagPattern}), left to right; empty when none does. */
    public List<HxlColumn> columns(String pattern) {
        HxlTagPattern selector = HxlTagPattern.parse(pattern);
        return columns.stream().filter(column -> selector.matches(column.tag())).toList();
    }

    /**
     * The one column the pattern selects.
     *
     * @throws ImportException naming the pattern when no column matches, or naming the columns when several do
     */
    public HxlColumn column(String pattern) throws ImportException {
        return findColumn(pattern)
                .orElseThrow(() -> new ImportException(ImportProblem.inFile(
                        "import.hxl.no-column", HxlTagPattern.parse(pattern).toString())));
    }

    /**
     * The column the pattern selects, if any, for optional columns.
     *
     * @throws ImportException naming the columns when several match, since guessing one would import the wrong figures
     */
    public Optional<HxlColumn> findColumn(String pattern) throws ImportException {
        List<HxlColumn> matching = columns(pattern);
        if (matching.size() > 1) {
            throw new ImportException(ImportProblem.inFile(
                    "import.hxl.several-columns",
                    String.valueOf(matching.size()),
                    HxlTagPattern.parse(pattern).toString(),
                    numbers(matching)));
        }
        return matching.stream().findFirst();
    }

    /** Column numbers as a person lists them: "8 and 12", "3, 8 and 12", in the reader's language. */
    private static ProblemText numbers(List<HxlColumn> columns) {
        List<String> numbers =
                columns.stream().map(column -> String.valueOf(column.number())).toList();
        String allButLast = numbers.subList(0, numbers.size() - 1).stream().collect(Collectors.joining(", "));
        return ProblemText.of("import.list.and", allButLast, numbers.getLast());
    }

    /**
     * A row with too few fields (a file cut short) or too many, or one that reads as a single field
     * holding the other separator, as rows pasted from a spreadsheet set to another locale do.
     */
    public Optional<ImportProblem> shapeProblem(CsvRecord record, char separator) {
        char other = separator == ',' ? ';' : ',';
        if (record.size() < width() && record.isOneFieldHolding(other)) {
            return Optional.of(ImportProblem.inCell(
                    record.line(),
                    1,
                    label(1),
                    ProblemText.of("import.hxl.single-field", String.valueOf(other), String.valueOf(separator))));
        }
        if (record.size() < width()) {
            int missing = record.size() + 1;
            return Optional.of(ImportProblem.inCell(
                    record.line(),
                    missing,
                    label(missing),
                    ProblemText.of(
                            "import.hxl.missing-fields", String.valueOf(record.size()), String.valueOf(width()))));
        }
        return ImportProblem.ofFieldCount(record, width());
    }

    /**
     * The hashtag of a column, for messages; for a column without one, the interface's word for it, put in the
     * reader's language when the message is shown.
     */
    public Serializable label(int column) {
        return columns.stream()
                .filter(c -> c.number() == column)
                .<Serializable>map(c -> c.tag().toString())
                .findFirst()
                .orElse(ProblemText.of("import.hxl.untagged"));
    }

    /**
     * The one column the pattern selects, or null when none does; when several do, that is recorded as a
     * problem and null returned, so that a reader can collect every problem of the hashtag row at once.
     */
    public HxlColumn optionalColumn(String pattern, ImportProblems problems) {
        try {
            return findColumn(pattern).orElse(null);
        } catch (ImportException severalColumns) {
            problems.add(severalColumns);
            return null;
        }
    }

    /** As {@link #optionalColumn}, and a missing column is recorded as a problem of the hashtag row. */
    public HxlColumn requiredColumn(String pattern, ImportProblems problems) {
        HxlColumn column = optionalColumn(pattern, problems);
        if (columns(pattern).isEmpty()) {
            problems.add(ImportProblem.onLine(tagLine, "import.hxl.no-column", pattern));
        }
        return column;
    }
}
