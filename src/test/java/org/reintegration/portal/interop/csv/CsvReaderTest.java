package org.reintegration.portal.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {

    private static final Path FILES = Path.of("src/test/resources/interop");

    @Test
    void a_quoted_field_may_span_lines_and_each_record_keeps_the_line_it_starts_on() throws IOException {
        List<CsvRecord> records =
                all(CsvReader.of(new StringReader("name,note\nBoke,\"two\nlines\"\nKindia,one line\n"), ','));

        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 4);
        assertThat(records.get(1).fields()).containsExactly("Boke", "two\nlines");
    }

    @Test
    void doubled_quotes_stand_for_one_quote_and_quoted_separators_stay_in_the_field() throws IOException {
        CsvRecord record = CsvReader.of(new StringReader("\"Park \"\"Zielony\"\"\",\"a,b\",\"\"\n"), ',')
                .next();

        assertThat(record.fields()).containsExactly("Park \"Zielony\"", "a,b", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b\r\nc,d\r\n", "a,b\nc,d\n", "\uFEFFa,b\nc,d", "a,b\rc,d\r"})
    void crlf_lf_cr_and_a_byte_order_mark_are_read_alike(String text) throws IOException {
        List<CsvRecord> records = all(CsvReader.of(new StringReader(text)));

        assertThat(records).extracting(CsvRecord::fields).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2);
    }

    @Test
    void a_utf8_byte_order_mark_in_a_stream_is_not_part_of_the_first_header() throws IOException {
        byte[] bytes = "\uFEFFcode;name\nGN001;Boké\n".getBytes(StandardCharsets.UTF_8);

        List<CsvRecord> records = all(CsvReader.of(new ByteArrayInputStream(bytes)));

        assertThat(records.get(0).column(1)).isEqualTo("code");
        assertThat(records.get(1).column(2)).isEqualTo("Boké");
    }

    @ParameterizedTest(name = "{0} is separated by ''{1}''")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {"a;b;c|;", "a,b,c|,", "\"x,y,z\";b|;", "\"x;y;z\",b|,", "single column|,"})
    void the_separator_is_the_one_used_more_often_in_the_header_line_outside_quotes(String header, char separator)
            throws IOException {
        CsvReader reader = CsvReader.of(new StringReader(header + "\n1,2;3\n"));

        assertThat(reader.separator()).isEqualTo(separator);
        assertThat(reader.next().line()).isEqualTo(1);
    }

    @Test
    void an_empty_last_line_is_no_record_and_an_empty_file_has_none() throws IOException {
        assertThat(all(CsvReader.of(new StringReader("a,b\n1,2\n")))).hasSize(2);
        assertThat(CsvReader.of(new StringReader("")).next()).isNull();
    }

    @Test
    void a_blank_line_in_the_middle_is_a_blank_record() throws IOException {
        List<CsvRecord> records = all(CsvReader.of(new StringReader("a,b\n\n1,2\n")));

        assertThat(records.get(1).isBlank()).isTrue();
        assertThat(records.get(2).line()).isEqualTo(3);
    }

    @Test
    void a_quote_left_open_at_the_end_of_the_file_is_reported_where_it_opened() {
        String cut = "a,b,c\n1,\"two\nthree";

        assertThatThrownBy(() -> all(CsvReader.of(new StringReader(cut), ',')))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(2);
                    assertThat(e)
                            .hasMessage(
                                    "line 2, column 2: the quoted field opened here is never closed (truncated file?)");
                });
    }

    @Test
    void a_quote_inside_an_unquoted_field_is_reported_with_line_and_column() {
        String text = "a,b,c\n1,2,3\n4,5 \"inch\",6\n";

        assertThatThrownBy(() -> all(CsvReader.of(new StringReader(text), ',')))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("line 3, column 2: a quote inside an unquoted field");
    }

    @Test
    void a_problem_after_quoted_line_breaks_is_placed_on_its_own_line_and_column() {
        String text = "a,b,c\r\n1,\"two\r\nlines\",3\r\n4,5 \"inch\",6\r\n";

        assertThatThrownBy(() -> all(CsvReader.of(new StringReader(text), ',')))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("line 4, column 2: a quote inside an unquoted field");
    }

    @Test
    void a_problem_far_down_a_long_file_names_its_line_and_column() {
        String text =
                "code,name,note\n" + "GN001,\"Boke, \"\"north\"\"\",x\n".repeat(10_000) + "GN002,Boke,\"open\"end\n";

        assertThatThrownBy(() -> all(CsvReader.of(new StringReader(text), ',')))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("line 10002, column 3: text after the closing quote");
    }

    @Test
    void text_after_a_closing_quote_is_refused_rather_than_glued_to_the_field() {
        assertThatThrownBy(() -> all(CsvReader.of(new StringReader("\"a\"b,c\n"), ',')))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("line 1, column 1: text after the closing quote");
    }

    @Test
    void a_quoted_semicolon_file_read_with_commas_is_refused_with_a_hint_at_the_separator() throws IOException {
        Path kobo = FILES.resolve("kobo_community_assessment_export_SYNTHETIC.csv");

        try (CsvReader reader = CsvReader.of(Files.newBufferedReader(kobo), ',')) {
            assertThatThrownBy(reader::next)
                    .isInstanceOf(CsvFormatException.class)
                    .hasMessage("line 1, column 1: ';' after the closing quote of a quoted field:"
                            + " are the fields separated by ';' rather than ','?");
        }
    }

    @Test
    void bytes_that_are_not_utf8_are_reported_instead_of_being_replaced() {
        byte[] latin1 = "code,name\nGN001,Boké\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> all(CsvReader.of(new ByteArrayInputStream(latin1))))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("the file is not UTF-8 text; save it as \"CSV UTF-8\"");
    }

    @Test
    void bytes_that_are_not_utf8_far_down_a_file_are_reported_with_about_where_they_are() {
        byte[] text =
                ("code,name\n" + "GN001,Boke\n".repeat(20_000) + "GN002,Boké\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> all(CsvReader.of(new ByteArrayInputStream(text))))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.line()).isZero();
                    assertThat(e.getMessage())
                            .matches("the file is not UTF-8 text \\(from about line 19\\d\\d\\d on\\);.*");
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gin_returnees_by_adm2_SYNTHETIC.csv",
                "community_projects_3w_SYNTHETIC.csv",
                "kobo_community_assessment_export_SYNTHETIC.csv"
            })
    void each_shared_sample_splits_into_records_as_wide_as_its_header(String sample) throws IOException {
        try (CsvReader reader = CsvReader.open(FILES.resolve(sample))) {
            List<CsvRecord> records = all(reader);

            assertThat(records).hasSizeGreaterThan(2);
            assertThat(records)
                    .extracting(CsvRecord::size)
                    .containsOnly(records.getFirst().size());
            assertThat(records.getLast().line()).isEqualTo(records.size());
        }
    }

    private static List<CsvRecord> all(CsvReader reader) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }
}
