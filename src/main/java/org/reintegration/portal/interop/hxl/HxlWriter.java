package org.reintegration.portal.interop.hxl;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reintegration.portal.interop.csv.CsvWriter;

/**
 * Writes an HXL table as RFC 4180 CSV in UTF-8: a row of text headers, a row of hashtags, then the
 * data rows, as HDX publishes them. {@link HxlReader} reads the result back into the same columns and values.
 * Columns whose hashtag holds numbers ({@link HxlTag#isNumeric()}) keep plain numbers as they are; every other
 * cell that a spreadsheet would run as a formula is written behind an apostrophe, which {@link HxlRow#cell}
 * takes away again on import.
 */
public final class HxlWriter implements Closeable {

    private final CsvWriter csv;
    private final int width;

    private HxlWriter(Writer out, List<String> headers, List<HxlTag> tags) throws IOException {
        if (headers.size() != tags.size() || tags.isEmpty()) {
            throw new IllegalArgumentException(
                    "each column needs a header and a tag: " + headers.size() + " headers, " + tags.size() + " tags");
        }
        Set<Integer> numeric = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).isNumeric()) {
                numeric.add(i);
            }
        }
        this.csv = new CsvWriter(out, ',', numeric);
        this.width = tags.size();
        csv.write(headers);
        csv.write(tags.stream().map(HxlTag::toString).toList());
    }

    /**
     * Creates (or replaces) a UTF-8 file and writes the header and hashtag rows.
     *
     * @param headers the columns' text headers, left to right
     * @param tags    the columns' tags, as many as headers
     */
    public static HxlWriter create(Path file, List<String> headers, List<HxlTag> tags) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            return new HxlWriter(out, headers, tags);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Writes the header and hashtag rows to {@code out}, which closing this writer closes. */
    public static HxlWriter of(Writer out, List<String> headers, List<HxlTag> tags) throws IOException {
        return new HxlWriter(out, headers, tags);
    }

    /** Writes a data row with one value per column; {@code null} is written as an empty cell. */
    public void row(List<String> values) throws IOException {
        if (values.size() != width) {
            throw new IllegalArgumentException(
                    "the table has " + width + " columns, the row " + values.size() + " values");
        }
        csv.write(values);
    }

    /** Writes a data row with one value per column. */
    public void row(String... values) throws IOException {
        row(Arrays.asList(values));
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
