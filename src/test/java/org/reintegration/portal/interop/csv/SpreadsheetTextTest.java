package org.reintegration.portal.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void a_text_starting_with_any_formula_character_is_written_behind_an_apostrophe_and_read_back_without() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            for (String text :
                    List.of(start + "HYPERLINK(\"http://evil.test\")", start, "'" + start + "x", "''" + start)) {
                String cell = SpreadsheetText.guarded(text);
                assertThat(cell).as("cell for %s", text).isEqualTo("'" + text);
                assertThat(SpreadsheetText.unguarded(cell)).isEqualTo(text);
            }
        }
    }

    @Test
    void other_texts_are_left_alone_both_ways() {
        for (String text : List.of("Boffa", "'quoted", "'", "", "#adm1+code", " =spaced", "1-2", "كوناكري")) {
            assertThat(SpreadsheetText.guarded(text)).isEqualTo(text);
            assertThat(SpreadsheetText.unguarded(text)).isEqualTo(text);
        }
    }

    @Test
    void a_number_stays_a_number_only_in_a_numeric_column() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = new CsvWriter(out, ',', Set.of(1, 2))) {
            csv.write(List.of("-5", "-5", "-11.4484", "=1+1"));
            csv.write(List.of("name", "=1+1", "+3e5", "+3"));
        }

        assertThat(out).hasToString("'-5,-5,-11.4484,'=1+1\r\nname,'=1+1,+3e5,'+3\r\n");
    }
}
