package org.reintegration.portal.interop.kobo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.interop.csv.CsvFormatException;
import org.reintegration.portal.interop.csv.CsvReader;
import org.reintegration.portal.interop.csv.CsvRecord;
import org.reintegration.portal.interop.csv.ProgressInputStream;
import org.reintegration.portal.interop.hxl.Cell;
import org.reintegration.portal.interop.hxl.HxlTable;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.hxl.ImportProblem;
import org.reintegration.portal.interop.hxl.ImportProblems;
import org.reintegration.portal.interop.hxl.ImportResult;

/**
 * A KoboToolbox CSV export ({@code ;}- or {@code ,}-separated, "XML values and headers"), read whole
 * so that it can be checked and previewed before anything is saved. The optional HXL row under the
 * header is recognised and skipped; its tags stay available through {@link KoboColumns#tag(String)}.
 *
 * <p>What makes the file unreadable is thrown: CSV that cannot be split (an unterminated quote in a
 * file cut short), a missing {@code _uuid} column, two columns with the same header. What makes single
 * submissions unusable is collected in {@link #problems()}, each naming its line: a row with the wrong
 * number of fields (left out of the submissions), an empty or duplicated {@code _uuid}, a
 * {@code _submission_time} that is not a date and time.
 */
public final class KoboExport {

    static final String UUID = "_uuid";
    static final String SUBMISSION_TIME = "_submission_time";

    private final KoboColumns columns;
    private final boolean hasHxlRow;
    private final List<KoboSubmission> submissions = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Integer> uuidLines = new HashMap<>();

    private KoboExport(KoboColumns columns, boolean hasHxlRow) {
        this.columns = columns;
        this.hasHxlRow = hasHxlRow;
    }

    /** Reads a UTF-8 export file. */
    public static KoboExport read(Path file) throws IOException {
        return read(file, bytes -> {});
    }

    /**
     * Reads a UTF-8 export file, telling {@code bytesRead} how many bytes have been read so far, to be
     * set against {@link Files#size(Path)} in a progress bar.
     */
    public static KoboExport read(Path file, LongConsumer bytesRead) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, bytesRead);
        }
    }

    /** Reads a UTF-8 export from a stream, such as an upload, which is read to the end but left open. */
    public static KoboExport read(InputStream in, LongConsumer bytesRead) throws IOException {
        return read(CsvReader.of(new ProgressInputStream(in, bytesRead)));
    }

    /**
     * Reads an uploaded export whole, telling {@code bytesRead} how far it got.
     *
     * @throws ImportException when the file is not a KoboToolbox or ODK CSV export at all (no {@code _uuid} column,
     *     a quote left open in a file cut short, …), naming the line where that shows
     */
    public static KoboExport read(byte[] content, LongConsumer bytesRead) throws ImportException {
        try {
            return read(new ByteArrayInputStream(content), bytesRead);
        } catch (ImportException unreadable) {
            throw unreadable;
        } catch (CsvFormatException notCsv) {
            throw new ImportException(ImportProblem.of(notCsv));
        } catch (IOException unreadable) {
            throw new ImportException(
                    ImportProblem.inFile("import.file.unreadable", String.valueOf(unreadable.getMessage())));
        }
    }

    /** Reads an export from a CSV reader, to its end. */
    public static KoboExport read(CsvReader csv) throws IOException {
        CsvRecord header = csv.next();
        if (header == null) {
            throw new ImportException(ImportProblem.inFile("import.file.empty"));
        }
        CsvRecord second = csv.next();
        boolean hxl = second != null && HxlTable.isHashtagRow(second);
        KoboExport export = new KoboExport(KoboColumns.of(header, hxl ? second : null), hxl);
        if (!export.columns.has(UUID)) {
            char other = csv.separator() == ',' ? ';' : ',';
            throw new ImportException(ImportProblem.inFile(
                    header.isOneFieldHolding(other)
                            ? ProblemText.of("import.kobo.no-uuid-separator", UUID, String.valueOf(other))
                            : ProblemText.of("import.kobo.no-uuid", UUID)));
        }
        boolean anyRow = false;
        for (CsvRecord record = hxl ? csv.next() : second; record != null; record = csv.next()) {
            if (!record.isBlank()) {
                export.add(record);
                anyRow = true;
            }
        }
        if (!anyRow) {
            throw new ImportException(ImportProblem.onLine(hxl ? second.line() : header.line(), "import.kobo.no-rows"));
        }
        return export;
    }

    private void add(CsvRecord record) {
        var wrongShape = ImportProblem.ofFieldCount(record, columns.paths().size());
        if (wrongShape.isPresent()) {
            problems.add(wrongShape.get());
            return;
        }
        Cell uuid = cell(record, UUID);
        if (uuid.isEmpty()) {
            problems.add(uuid.problem("import.kobo.uuid-empty", UUID));
        } else {
            Integer first = uuidLines.putIfAbsent(uuid.text(), record.line());
            if (first != null) {
                problems.add(uuid.problem("import.kobo.uuid-twice", uuid.text(), UUID, String.valueOf(first)));
            }
        }
        submissions.add(new KoboSubmission(columns, record.line(), record.fields(), submissionTime(record)));
    }

    private Instant submissionTime(CsvRecord record) {
        if (!columns.has(SUBMISSION_TIME)) {
            return null;
        }
        Cell time = cell(record, SUBMISSION_TIME);
        if (time.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(time.text()).toInstant();
        } catch (DateTimeParseException noOffset) {
            // KoboToolbox writes the server's time in UTC without saying so.
            try {
                return LocalDateTime.parse(time.text()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notATime) {
                problems.add(time.problem("import.kobo.not-date-time", time.text(), "2024-05-01T10:00:00"));
                return null;
            }
        }
    }

    private Cell cell(CsvRecord record, String path) {
        int number = columns.number(path);
        return new Cell(record.column(number), record.line(), number, path);
    }

    /** The export's columns: paths, questions, options, HXL tags. */
    public KoboColumns columns() {
        return columns;
    }

    /** Whether the line under the header was an HXL row (and so is not a submission). */
    public boolean hasHxlRow() {
        return hasHxlRow;
    }

    /** The submissions with the right number of fields, in file order, including those with other problems. */
    public List<KoboSubmission> submissions() {
        return List.copyOf(submissions);
    }

    /** Every problem found in the submissions, sorted by line. */
    public List<ImportProblem> problems() {
        return problems.stream().sorted().toList();
    }

    /** The submissions and problems as an all-or-nothing result. */
    public ImportResult<KoboSubmission> result() {
        ImportProblems collected = new ImportProblems();
        problems.forEach(collected::add);
        return ImportResult.of(submissions, collected);
    }
}
