package org.reintegration.portal.interop.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes records as RFC 4180 CSV: {@code ,}-separated, each record ending in CRLF, a field enclosed
 * in double quotes (its quotes doubled) only when it holds a separator, a quote, a line break, or
 * spaces at either end that a spreadsheet would otherwise trim. {@link CsvReader} reads the result
 * back into the same fields.
 */
public final class CsvWriter implements Closeable, Flushable {

    private final Writer out;
    private final char separator;

    /** Writes {@code ,}-separated records to {@code out}; closing this writer closes {@code out}. */
    public CsvWriter(Writer out) {
        this(out, ',');
    }

    /** Writes records separated by {@code separator}, such as {@code ;} for spreadsheets in decimal-comma locales. */
    public CsvWriter(Writer out, char separator) {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("a quote or line break cannot separate fields");
        }
        this.out = out;
        this.separator = separator;
    }

    /** Writes one record; a {@code null} field is written as an empty one. */
    public void write(List<String> fields) throws IOException {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a record has at least one field");
        }
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            out.write(quotedIfNeeded(fields.get(i) == null ? "" : fields.get(i)));
        }
        out.write("\r\n");
    }

    private String quotedIfNeeded(String field) {
        boolean plain = field.chars().noneMatch(c -> c == separator || c == '"' || c == '\n' || c == '\r')
                && field.equals(field.strip());
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
