package org.reintegration.portal.interop.hxl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HxlWriterTest {

    private static final List<HxlTag> TAGS =
            List.of(HxlTag.parse("#adm2+code"), HxlTag.parse("#adm2+name"), HxlTag.parse("#affected+returnees+ind"));

    @Test
    void writes_header_row_hashtag_row_and_data_rows_as_rfc_4180_csv() throws IOException {
        StringWriter out = new StringWriter();
        try (HxlWriter writer = HxlWriter.of(out, List.of("P-code", "Prefecture, region", "Returnees"), TAGS)) {
            writer.row("GN001001", "Boffa", "1210");
            writer.row("GN005003", "Forécariah \"Fore\"", "2148");
        }

        assertThat(out).hasToString("""
                P-code,"Prefecture, region",Returnees\r
                #adm2+code,#adm2+name,#affected+returnees+ind\r
                GN001001,Boffa,1210\r
                GN005003,"Forécariah ""Fore\"\"\",2148\r
                """);
    }

    @Test
    void a_written_file_reads_back_into_the_same_columns_and_values(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("returnees.csv");
        try (HxlWriter writer = HxlWriter.create(file, List.of("P-code", "Préfecture", "Rapatriés"), TAGS)) {
            writer.row("GN001001", "Boffa", "1210");
            writer.row("GN008002", "Guéckédou\nsud", "374");
        }

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Guéckédou");
        try (HxlReader reader = HxlReader.open(file)) {
            HxlTable table = reader.table();
            assertThat(table.columns()).extracting(HxlColumn::tag).isEqualTo(TAGS);
            assertThat(table.column("#adm2+name").header()).isEqualTo("Préfecture");
            List<HxlRow> rows = reader.rows();
            assertThat(rows.get(1).cell(table.column("#adm2+name")).value()).isEqualTo("Guéckédou\nsud");
            assertThat(rows.get(1).cell(table.column("#affected+returnees")).count())
                    .isEqualTo(374);
        }
    }

    @Test
    void a_row_must_have_one_value_per_column() throws IOException {
        HxlWriter writer = HxlWriter.of(new StringWriter(), List.of("a", "b", "c"), TAGS);

        assertThatThrownBy(() -> writer.row("GN001001", "Boffa")).isInstanceOf(IllegalArgumentException.class);
    }
}
