package org.reintegration.portal.interop.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.reintegration.portal.base.ProblemText;

/**
 * Reads CSV records one at a time as RFC 4180 describes them, with Apache Commons CSV: fields separated by
 * one character, a field enclosed in double quotes may hold separators, line breaks and doubled quotes
 * standing for one quote. Lines may end in CRLF, LF or CR; a UTF-8 byte order mark is skipped. Line breaks
 * inside a quoted field are returned as {@code \n}.
 *
 * <p>Input that cannot be split unambiguously is refused with a {@link CsvFormatException} naming the
 * line and column: a quote inside an unquoted field, text after a closing quote, a quoted field still
 * open at the end of the file (as in a file cut short), or bytes that are not UTF-8. Nothing is
 * guessed, so a record this reader returns has exactly the fields its writer meant. Commons CSV splits
 * the records; where it refuses a record (or accepts a quote inside an unquoted field, which it reads as
 * text), {@link CsvProblem} finds the line and column in the text of that one record.
 */
public final class CsvReader implements Closeable {

    private static final int LOOK_AHEAD = 1 << 20;

    private final RecordingReader source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char separator;
    /** The physical line the next record starts on. */
    private int line = 1;
    /** Where the next record starts in the text read so far. */
    private long nextStart;

    private CsvReader(Reader in, char separator) throws IOException {
        this.source = new RecordingReader(in);
        this.separator = separator;
        this.parser = CSVParser.builder()
                .setReader(source)
                .setFormat(CSVFormat.RFC4180
                        .builder()
                        .setDelimiter(separator)
                        .setIgnoreEmptyLines(false)
                        .setTrailingData(false)
                        .setLenientEof(false)
                        .get())
                .get();
        this.records = parser.iterator();
    }

    /**
     * Opens a UTF-8 file, with the separator detected from its first line: {@code ;} when that line holds
     * more semicolons than commas outside quotes, {@code ,} otherwise.
     */
    public static CsvReader open(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            return of(reader);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Reads UTF-8 bytes, with the separator detected from the first line; closing the reader closes the stream. */
    public static CsvReader of(InputStream in) throws IOException {
        // The decoder, unlike InputStreamReader's default, reports bytes that are not UTF-8 instead of replacing them.
        return of(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
    }

    /** Reads text with the separator detected from the first line; closing the reader closes {@code in}. */
    public static CsvReader of(Reader in) throws IOException {
        StringBuilder firstRecord = new StringBuilder();
        SeparatorDetection detection = new SeparatorDetection();
        try {
            int c = in.read();
            if (c == '\uFEFF') {
                c = in.read();
            }
            while (c >= 0) {
                firstRecord.append((char) c);
                if (!detection.accept((char) c) || firstRecord.length() >= LOOK_AHEAD) {
                    break;
                }
                c = in.read();
            }
        } catch (CharacterCodingException e) {
            throw notUtf8(1);
        }
        PushbackReader rest = new PushbackReader(in, Math.max(1, firstRecord.length()));
        rest.unread(firstRecord.toString().toCharArray());
        return new CsvReader(rest, detection.separator());
    }

    /** Reads text whose fields are separated by {@code separator}; closing the reader closes {@code in}. */
    public static CsvReader of(Reader in, char separator) throws IOException {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("a quote or line break cannot separate fields");
        }
        PushbackReader withoutMark = new PushbackReader(in);
        int first = withoutMark.read();
        if (first >= 0 && first != '\uFEFF') {
            withoutMark.unread(first);
        }
        return new CsvReader(withoutMark, separator);
    }

    /** The character that separates fields, as given or detected. */
    public char separator() {
        return separator;
    }

    /** The physical line the next record starts on; after the last record, one past the last line. */
    public int line() {
        return line;
    }

    /**
     * The next record, or {@code null} at the end of the input. An empty line is a record of one empty field.
     *
     * @throws CsvFormatException when the input is not well-formed CSV from here on
     */
    public CsvRecord next() throws IOException {
        CSVRecord parsed;
        try {
            if (!records.hasNext()) {
                return null;
            }
            parsed = records.next();
        } catch (UncheckedIOException e) {
            throw problemAt(e.getCause());
        }
        int recordLine = line;
        List<String> fields = new ArrayList<>(parsed.size());
        boolean holdsQuote = false;
        for (String field : parsed) {
            holdsQuote |= field.indexOf('"') >= 0;
            fields.add(field.indexOf('\r') >= 0 ? field.replace("\r\n", "\n").replace('\r', '\n') : field);
        }
        if (holdsQuote) {
            CsvFormatException problem =
                    CsvProblem.find(source.textFrom(parsed.getCharacterPosition()), separator, recordLine);
            if (problem != null) {
                throw problem;
            }
        }
        line = (int) parser.getCurrentLineNumber() + 1;
        nextStart = source.skipLines(parsed.getCharacterPosition(), line - recordLine);
        source.forgetBefore(nextStart);
        return new CsvRecord(recordLine, fields);
    }

    /** The refusal of the record that starts at {@link #nextStart}, with its line and column. */
    private IOException problemAt(IOException cause) {
        if (cause instanceof CharacterCodingException || cause.getCause() instanceof CharacterCodingException) {
            return notUtf8((int) parser.getCurrentLineNumber() + 1);
        }
        CsvFormatException problem = CsvProblem.find(source.textFrom(nextStart), separator, line);
        return problem == null ? cause : problem;
    }

    /**
     * The decoder fails on a whole chunk of text, so the exact place of the bad bytes is not known: the
     * problem is about the file, with the line the chunk starts on as a hint.
     */
    private static CsvFormatException notUtf8(int line) {
        return new CsvFormatException(
                line > 1
                        ? ProblemText.of("import.csv.not-utf8-from", String.valueOf(line))
                        : ProblemText.of("import.csv.not-utf8"),
                0,
                0);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
