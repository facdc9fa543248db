package org.reintegration.portal.interop.hxl;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.reintegration.portal.interop.csv.CsvFormatException;
import org.reintegration.portal.interop.csv.CsvReader;
import org.reintegration.portal.interop.csv.CsvRecord;

/**
 * The pass every HXL import makes over a file: find the columns by hashtag, read each data row,
 * refuse rows of the wrong shape and rows that repeat an earlier one, refuse a table with no rows at all, and
 * collect every problem with
 * its line and column instead of stopping at the first, so that a file is fixed at once and imported
 * whole or not at all.
 *
 * @param <C> the columns an import needs, found in the hashtag row
 * @param <T> what a row becomes
 */
public final class HxlFile<C, T> {

    /** Reads one data row; returns null when it has problems, which it records. */
    public interface RowReader<C, T> {
        T read(HxlRow row, C columns, ImportProblems problems);
    }

    private final BiFunction<HxlTable, ImportProblems, C> columns;
    private final RowReader<C, T> rows;
    private final Function<T, String> key;
    private final BiFunction<T, Integer, ImportProblem> repeated;

    /**
     * @param columns  finds the columns; returns null when a required one is missing (recorded)
     * @param rows     reads a data row
     * @param key      what makes two rows the same, such as a P-code and date
     * @param repeated the problem of a row whose key an earlier row, on the given line, has
     */
    public HxlFile(
            BiFunction<HxlTable, ImportProblems, C> columns,
            RowReader<C, T> rows,
            Function<T, String> key,
            BiFunction<T, Integer, ImportProblem> repeated) {
        this.columns = columns;
        this.rows = rows;
        this.key = key;
        this.repeated = repeated;
    }

    /** Reads a whole file: the rows read, and every problem found. */
    public ImportResult<T> read(InputStream in) {
        ImportProblems problems = new ImportProblems();
        List<T> read = new ArrayList<>();
        try (CsvReader csv = CsvReader.of(in);
                HxlReader hxl = HxlReader.of(csv)) {
            HxlTable table = hxl.table();
            C found = columns.apply(table, problems);
            if (found == null) {
                return ImportResult.of(read, problems);
            }
            Map<String, Integer> firstLineOf = new HashMap<>();
            boolean anyRow = false;
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                if (record.isBlank()) {
                    continue;
                }
                anyRow = true;
                Optional<ImportProblem> wrongShape = table.shapeProblem(record, csv.separator());
                if (wrongShape.isPresent()) {
                    problems.add(wrongShape.get());
                    continue;
                }
                T row = rows.read(new HxlRow(record.line(), record.fields()), found, problems);
                if (row != null) {
                    Integer earlier = firstLineOf.putIfAbsent(key.apply(row), record.line());
                    if (earlier != null) {
                        problems.add(repeated.apply(row, earlier));
                    } else {
                        read.add(row);
                    }
                }
            }
            if (!anyRow) {
                // A table of headers alone imports nothing: say so rather than report a success of 0 rows.
                problems.add(ImportProblem.onLine(table.tagLine(), "import.hxl.no-rows"));
            }
        } catch (ImportException e) {
            problems.add(e);
        } catch (CsvFormatException e) {
            problems.add(e);
        } catch (IOException e) {
            problems.add(ImportProblem.inFile("import.file.unreadable", String.valueOf(e.getMessage())));
        }
        return ImportResult.of(read, problems);
    }
}
