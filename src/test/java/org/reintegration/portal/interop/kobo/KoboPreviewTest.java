package org.reintegration.portal.interop.kobo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.interop.csv.CsvReader;
import org.reintegration.portal.interop.hxl.ImportResult;

class KoboPreviewTest {

    private static final Path FILES = Path.of("src/test/resources/interop");
    private static final Path SAMPLE = FILES.resolve("kobo_community_assessment_export_SYNTHETIC.csv");

    private static final String MAPPING = """
            grp_location/adm2 = adm2_pcode
            community_name    = community
            n_returnees       = returnees
            grp_needs/priority_needs = needs
            _submission_time  = received
            """;
    private static final Set<String> REQUIRED = Set.of("adm2_pcode", "returnees");

    @Test
    void the_sample_maps_onto_the_portal_fields_without_problems() throws IOException {
        ImportResult<KoboPreview.Row> preview =
                KoboPreview.of(KoboExport.read(SAMPLE), KoboFieldMapping.parse(MAPPING), REQUIRED);

        assertThat(preview.messages()).isEmpty();
        assertThat(preview.acceptedRows()).hasSize(5);
        KoboPreview.Row first = preview.rows().getFirst();
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.uuid()).isEqualTo("1694f8df-50d0-f92a-7171-fd2938fa3995");
        assertThat(first.values())
                .containsExactly(
                        Map.entry("adm2_pcode", "GN005005"),
                        Map.entry("community", "Community 1"),
                        Map.entry("returnees", "5"),
                        Map.entry("needs", "jobs education"),
                        Map.entry("received", "2024-05-01T10:00:00"));
    }

    @Test
    void a_mapped_form_field_the_file_lacks_is_reported_with_its_mapping_line() throws IOException {
        String mapping = MAPPING + "grp_demo/hh_sizee = households\ngrp_location/adm3 = adm3_pcode\n";

        ImportResult<KoboPreview.Row> preview = KoboPreview.of(
                KoboExport.read(SAMPLE),
                KoboFieldMapping.parse(mapping),
                Set.of("adm2_pcode", "returnees", "adm3_pcode"));

        assertThat(preview.isAccepted()).isFalse();
        assertThat(preview.messages())
                .containsExactly(
                        "mapping line 6: the file has no field 'grp_demo/hh_sizee'",
                        "mapping line 7: the file has no field 'grp_location/adm3', which fills the required field 'adm3_pcode'");
    }

    @Test
    void a_required_field_that_nothing_fills_is_reported() throws IOException {
        ImportResult<KoboPreview.Row> preview = KoboPreview.of(
                KoboExport.read(SAMPLE), KoboFieldMapping.parse(MAPPING), Set.of("adm2_pcode", "tension"));

        assertThat(preview.messages()).containsExactly("no form field is mapped to the required field 'tension'");
    }

    @Test
    void a_submission_that_leaves_a_required_field_empty_is_reported_by_line_and_column() throws IOException {
        KoboExport export = KoboExport.read(CsvReader.of(new StringReader("""
                "grp_location/adm2";"grp_demo/n_returnees";"_uuid"
                "GN005005";"5";"u1"
                "";"n/a";"u2"
                """)));

        ImportResult<KoboPreview.Row> preview = KoboPreview.of(
                export, KoboFieldMapping.parse("adm2 = adm2_pcode\nn_returnees = returnees\n"), Set.of("adm2_pcode"));

        assertThat(preview.messages())
                .containsExactly(
                        "line 3, column 1 (grp_location/adm2): the cell is empty; it fills the required field 'adm2_pcode'");
        assertThat(preview.rows().get(1).values()).containsEntry("returnees", "");
    }

    @Test
    void the_export_problems_come_with_the_preview_so_nothing_is_written() throws IOException {
        ImportResult<KoboPreview.Row> truncated = KoboPreview.of(
                KoboExport.read(FILES.resolve("kobo_truncated_after_field_SYNTHETIC.csv")),
                KoboFieldMapping.parse(MAPPING),
                REQUIRED);
        ImportResult<KoboPreview.Row> duplicated = KoboPreview.of(
                KoboExport.read(FILES.resolve("kobo_duplicate_uuid_SYNTHETIC.csv")),
                KoboFieldMapping.parse(MAPPING),
                REQUIRED);

        assertThat(truncated.messages()).containsExactly("line 7: expected 30 fields, found 12 (truncated file?)");
        assertThat(truncated.rows()).hasSize(4);
        assertThat(duplicated.messages()).singleElement().asString().contains("line 6", "line 3");
        assertThat(duplicated.isAccepted()).isFalse();
    }

    @Test
    void a_name_two_groups_share_is_reported_as_ambiguous() throws IOException {
        KoboExport export = KoboExport.read(CsvReader.of(new StringReader("grp_a/name,grp_b/name,_uuid\nA,B,u1\n")));

        ImportResult<KoboPreview.Row> preview =
                KoboPreview.of(export, KoboFieldMapping.parse("name = leader"), Set.of());

        assertThat(preview.messages())
                .containsExactly("mapping line 1: 'name' may mean grp_a/name or grp_b/name; give the full path");
    }
}
