package org.reintegration.portal.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void fields_are_quoted_only_when_a_reader_would_otherwise_misread_them() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = new CsvWriter(out)) {
            writer.write(List.of("plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""));
        }

        assertThat(out).hasToString("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n");
    }

    @Test
    void what_is_written_reads_back_as_the_same_fields_with_either_separator() throws IOException {
        List<List<String>> records = List.of(
                List.of("code", "name", "note"),
                List.of("GN001", "Boké", "\"quoted\", with comma; and semicolon"),
                List.of("", "multi\nline\nvalue", "trailing space "),
                List.of("كوناكري", "Conakry", "\u00a0"));
        for (char separator : new char[] {',', ';'}) {
            StringWriter out = new StringWriter();
            try (CsvWriter writer = new CsvWriter(out, separator)) {
                for (List<String> record : records) {
                    writer.write(record);
                }
            }

            CsvReader reader = CsvReader.of(new StringReader(out.toString()));
            List<List<String>> read = new ArrayList<>();
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                read.add(record.fields());
            }
            assertThat(reader.separator()).isEqualTo(separator);
            assertThat(read).isEqualTo(records);
        }
    }

    @Test
    void a_null_field_is_written_as_an_empty_one() throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out).write(Arrays.asList("a", null, "c"));

        assertThat(out).hasToString("a,,c\r\n");
    }
}
