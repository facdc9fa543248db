package org.reintegration.portal.interop.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads CSV records one at a time as RFC 4180 describes them: fields separated by one character, a
 * field enclosed in double quotes may hold separators, line breaks and doubled quotes standing for one
 * quote. Lines may end in CRLF, LF or CR; a UTF-8 byte order mark is skipped. Line breaks inside a
 * quoted field are returned as {@code \n}.
 *
 * <p>Input that cannot be split unambiguously is refused with a {@link CsvFormatException} naming the
 * line and column: a quote inside an unquoted field, text after a closing quote, a quoted field still
 * open at the end of the file (as in a file cut short), or bytes that are not UTF-8. Nothing is
 * guessed, so a record this reader returns has exactly the fields its writer meant.
 */
public final class CsvReader implements Closeable {

    private static final int EOF = -1;

    private static final int LOOK_AHEAD = 1 << 20;

    private final Reader in;
    private final char separator;
    private char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int line = 1;
    private boolean started;
    private boolean undecodable;

    private CsvReader(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    private CsvReader(Reader in) throws IOException {
        this.in = in;
        this.separator = detectSeparator();
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
        return new CsvReader(in);
    }

    /** Reads text whose fields are separated by {@code separator}; closing the reader closes {@code in}. */
    public static CsvReader of(Reader in, char separator) {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("a quote or line break cannot separate fields");
        }
        return new CsvReader(in, separator);
    }

    /** Looks at the first record without consuming it, reading more of the file as long as the record goes on. */
    private char detectSeparator() throws IOException {
        SeparatorDetection detection = new SeparatorDetection();
        int i = 0;
        while (i < LOOK_AHEAD && (i < limit || readMore()) && detection.accept(buffer[i])) {
            i++;
        }
        return detection.separator();
    }

    /** Appends to the buffer, growing it when full; only used before the first character is consumed. */
    private boolean readMore() throws IOException {
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = decoded(limit);
        limit += Math.max(read, 0);
        return read > 0;
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
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                take();
            }
        }
        if (peek() == EOF) {
            return null;
        }
        int recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            field.setLength(0);
            int column = fields.size() + 1;
            if (peek() == '"') {
                take();
                quoted(field, column);
            } else {
                unquoted(field, column);
            }
            fields.add(field.toString());
            int end = take();
            if (end == separator) {
                continue;
            }
            if (end != EOF) {
                lineBreak(end);
            }
            return new CsvRecord(recordLine, fields);
        }
    }

    private void unquoted(StringBuilder field, int column) throws IOException {
        for (int c = peek(); !endsField(c); c = peek()) {
            if (c == '"') {
                throw new CsvFormatException(
                        "a quote inside an unquoted field; a field holding quotes must be"
                                + " enclosed in quotes, each quote in it doubled",
                        line,
                        column);
            }
            field.append((char) take());
        }
    }

    private void quoted(StringBuilder field, int column) throws IOException {
        int openedOn = line;
        while (true) {
            int c = take();
            if (c == EOF) {
                throw new CsvFormatException(
                        "the quoted field opened here is never closed (truncated file?)", openedOn, column);
            }
            if (c == '"') {
                if (peek() != '"') {
                    requireFieldEnd(column);
                    return;
                }
                take();
                field.append('"');
            } else if (c == '\r' || c == '\n') {
                lineBreak(c);
                field.append('\n');
            } else {
                field.append((char) c);
            }
        }
    }

    private void requireFieldEnd(int column) throws IOException {
        int next = peek();
        if (endsField(next)) {
            return;
        }
        String problem =
                "text after the closing quote of a quoted field; a quote inside a quoted field must be doubled";
        if (SeparatorDetection.CANDIDATES.indexOf(next) >= 0) {
            // The usual cause: a file of quoted fields read with the other separator.
            problem = "'" + (char) next + "' after the closing quote of a quoted field: are the fields separated by '"
                    + (char) next + "' rather than '" + separator + "'?";
        }
        throw new CsvFormatException(problem, line, column);
    }

    private boolean endsField(int c) {
        return c == separator || c == '\r' || c == '\n' || c == EOF;
    }

    private void lineBreak(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            take();
        }
        line++;
    }

    private int peek() throws IOException {
        return position < limit || fill() ? buffer[position] : EOF;
    }

    private int take() throws IOException {
        return position < limit || fill() ? buffer[position++] : EOF;
    }

    private boolean fill() throws IOException {
        int read = decoded(0);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    /** Reads characters into the buffer from {@code offset}; -1 at the end of the input. */
    private int decoded(int offset) throws IOException {
        if (undecodable) {
            throw notUtf8(line);
        }
        try {
            int read;
            do {
                read = in.read(buffer, offset, buffer.length - offset);
            } while (read == 0);
            return read;
        } catch (CharacterCodingException e) {
            undecodable = true;
            throw notUtf8(line);
        }
    }

    /**
     * The decoder fails on a whole chunk of text, so the exact place of the bad bytes is not known: the
     * problem is about the file, with the line the chunk starts on as a hint.
     */
    private static CsvFormatException notUtf8(int line) {
        return new CsvFormatException(
                "the file is not UTF-8 text" + (line > 1 ? " (from about line " + line + " on)" : "")
                        + "; save it as \"CSV UTF-8\"",
                0,
                0);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
