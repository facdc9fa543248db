package org.reintegration.portal.interop.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes records as RFC 4180 CSV with Apache Commons CSV: {@code ,}-separated, each record ending in CRLF,
 * a field enclosed in double quotes (its quotes doubled) only when it holds a separator, a quote, a line
 * break, or spaces at either end that a spreadsheet would otherwise trim. {@link CsvReader} reads the
 * result back into the same fields. Which fields are quoted is decided here rather than by Commons CSV's
 * minimal quoting, which would also quote every HXL hashtag (a field starting with {@code #}).
 *
 * <p>Every field is text unless its column was declared numeric: a text that a spreadsheet would run as
 * a formula is written behind an apostrophe ({@link SpreadsheetText}); a plain number in a numeric column
 * is written as it is. This is the one place that decides, for every CSV and HXL file the portal writes.
 */
public final class CsvWriter implements Closeable, Flushable {

    private final Writer out;
    private final char separator;
    private final CSVFormat quoted;
    private final CSVFormat plain;
    private final Set<Integer> numericColumns;

    /** Writes {@code ,}-separated records to {@code out}; closing this writer closes {@code out}. */
    public CsvWriter(Writer out) {
        this(out, ',');
    }

    /** Writes records separated by {@code separator}, such as {@code ;} for spreadsheets in decimal-comma locales. */
    public CsvWriter(Writer out, char separator) {
        this(out, separator, Set.of());
    }

    /**
     * Writes records separated by {@code separator} whose columns at the given 0-based positions hold
     * numbers: a plain number there, such as {@code -5}, is written as it is, anything else as text.
     */
    public CsvWriter(Writer out, char separator, Set<Integer> numericColumns) {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("a quote or line break cannot separate fields");
        }
        this.out = out;
        this.separator = separator;
        CSVFormat.Builder format =
                CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n");
        this.quoted = format.setQuoteMode(QuoteMode.ALL).get();
        this.plain = format.setQuoteMode(null).setQuote(null).get();
        this.numericColumns = Set.copyOf(numericColumns);
    }

    /** Writes one record; a {@code null} field is written as an empty one. */
    public void write(List<String> fields) throws IOException {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a record has at least one field");
        }
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i) == null ? "" : fields.get(i);
            String text =
                    numericColumns.contains(i) ? SpreadsheetText.guardedNumber(field) : SpreadsheetText.guarded(field);
            (needsQuotes(text) ? quoted : plain).print(text, out, i == 0);
        }
        plain.println(out);
    }

    private boolean needsQuotes(String field) {
        return field.chars().anyMatch(c -> c == separator || c == '"' || c == '\n' || c == '\r')
                || !field.equals(field.strip());
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
