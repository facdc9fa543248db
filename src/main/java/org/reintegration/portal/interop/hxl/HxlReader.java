package org.reintegration.portal.interop.hxl;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.interop.csv.CsvReader;
import org.reintegration.portal.interop.csv.CsvRecord;

/**
 * Reads an HXL-tagged CSV file (hxlstandard.org): finds the hashtag row, the first row within the
 * first {@value #TAG_ROW_SEARCH_LINES} lines whose non-empty cells are all hashtags, with the row above
 * it, if any, as the text headers, then hands out the data rows below it one at a time.
 *
 * <p>Data rows are checked for shape as they are read: a row with fewer fields than the table is
 * wide, as the last line of a file cut short has, stops the reading with an {@link ImportException}
 * naming the line. Entirely empty rows are skipped. Checking the values is the caller's part, through
 * {@link HxlRow#cell(HxlColumn)}.
 */
public final class HxlReader implements Closeable {

    /** How far down the file the hashtag row may be, title and header rows included. */
    public static final int TAG_ROW_SEARCH_LINES = 25;

    private final CsvReader csv;
    private final HxlTable table;

    private HxlReader(CsvReader csv, HxlTable table) {
        this.csv = csv;
        this.table = table;
    }

    /**
     * Opens a UTF-8 file, detecting whether its fields are separated by {@code ,} or {@code ;}.
     *
     * @throws ImportException when the file has no hashtag row
     * @throws org.reintegration.portal.interop.csv.CsvFormatException when the lines above the hashtag row are not CSV
     */
    public static HxlReader open(Path file) throws IOException {
        CsvReader csv = CsvReader.open(file);
        try {
            return of(csv);
        } catch (IOException | RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    /**
     * Reads from a CSV reader up to and including the hashtag row; closing the HXL reader closes it.
     *
     * @throws ImportException when there is no hashtag row
     */
    public static HxlReader of(CsvReader csv) throws IOException {
        CsvRecord above = null;
        CsvRecord first = null;
        for (CsvRecord record = csv.next();
                record != null && record.line() <= TAG_ROW_SEARCH_LINES;
                record = csv.next()) {
            if (HxlTable.isHashtagRow(record)) {
                return new HxlReader(csv, HxlTable.of(above, record));
            }
            above = record;
            first = first == null ? record : first;
        }
        if (first == null) {
            throw new ImportException(ImportProblem.inFile("import.file.empty"));
        }
        char other = csv.separator() == ',' ? ';' : ',';
        // A file read with the wrong separator has one column per line: say so, as that is the likely cause.
        throw new ImportException(ImportProblem.inFile(
                first.isOneFieldHolding(other)
                        ? ProblemText.of(
                                "import.hxl.no-tag-row-separator",
                                String.valueOf(TAG_ROW_SEARCH_LINES),
                                String.valueOf(other),
                                String.valueOf(csv.separator()))
                        : ProblemText.of("import.hxl.no-tag-row", String.valueOf(TAG_ROW_SEARCH_LINES))));
    }

    /** The table's columns, to select them by hashtag. */
    public HxlTable table() {
        return table;
    }

    /**
     * The next data row, or {@code null} at the end of the file.
     *
     * @throws ImportException when the row has fewer fields than the table, or more that are not empty
     * @throws org.reintegration.portal.interop.csv.CsvFormatException when the file is not well-formed CSV from here on
     */
    public HxlRow next() throws IOException {
        for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
            if (record.isBlank()) {
                continue;
            }
            var wrongShape = ImportProblem.ofFieldCount(record, table.width());
            if (wrongShape.isPresent()) {
                throw new ImportException(wrongShape.get());
            }
            return new HxlRow(record.line(), record.fields());
        }
        return null;
    }

    /**
     * The remaining data rows, read to the end of the file, for a for-each loop over a file of the
     * usual size (HXL tables rarely pass a few thousand rows).
     *
     * @throws ImportException at the first row with the wrong number of fields
     */
    public List<HxlRow> rows() throws IOException {
        List<HxlRow> rows = new ArrayList<>();
        for (HxlRow row = next(); row != null; row = next()) {
            rows.add(row);
        }
        return rows;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
