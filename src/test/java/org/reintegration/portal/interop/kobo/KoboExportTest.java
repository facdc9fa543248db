package org.reintegration.portal.interop.kobo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.interop.csv.CsvFormatException;
import org.reintegration.portal.interop.csv.CsvReader;
import org.reintegration.portal.interop.hxl.HxlTag;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.hxl.ImportProblem;

class KoboExportTest {

    private static final Path FILES = Path.of("src/test/resources/interop");
    private static final Path SAMPLE = FILES.resolve("kobo_community_assessment_export_SYNTHETIC.csv");

    private static KoboExport export(String text) throws IOException {
        return KoboExport.read(CsvReader.of(new StringReader(text)));
    }

    @Test
    void the_sample_has_five_submissions_below_its_hxl_row() throws IOException {
        KoboExport export = KoboExport.read(SAMPLE);
        KoboSubmission first = export.submissions().getFirst();

        assertThat(export.hasHxlRow()).isTrue();
        assertThat(export.problems()).isEmpty();
        assertThat(export.submissions())
                .hasSize(5)
                .extracting(KoboSubmission::line)
                .containsExactly(3, 4, 5, 6, 7);
        assertThat(first.uuid()).isEqualTo("1694f8df-50d0-f92a-7171-fd2938fa3995");
        assertThat(first.id()).isEqualTo("100000");
        assertThat(first.submissionTime()).contains(Instant.parse("2024-05-01T10:00:00Z"));
    }

    @Test
    void option_columns_of_a_select_multiple_question_become_the_set_of_chosen_options() throws IOException {
        KoboExport export = KoboExport.read(SAMPLE);
        List<KoboSubmission> submissions = export.submissions();

        assertThat(export.columns().options("grp_needs/priority_needs"))
                .containsExactly("water", "jobs", "education", "health");
        assertThat(submissions.get(0).selected("priority_needs")).containsExactlyInAnyOrder("education", "jobs");
        assertThat(submissions.get(1).selected("grp_needs/priority_needs"))
                .containsExactlyInAnyOrder("water", "health");
    }

    @Test
    void without_option_columns_the_chosen_options_are_read_from_the_answer() throws IOException {
        KoboExport export = export("needs;_uuid\n\"education jobs\";u1\n;u2\n");

        assertThat(export.submissions().get(0).selected("needs")).containsExactly("education", "jobs");
        assertThat(export.submissions().get(1).selected("needs")).isEmpty();
    }

    @Test
    void a_geopoint_is_read_from_its_latitude_and_longitude_columns() throws IOException {
        KoboSubmission first = KoboExport.read(SAMPLE).submissions().getFirst();

        assertThat(first.geopoint("gps")).contains(new Geopoint(10.42153, -13.26584, 306.2, 9.3));
    }

    @Test
    void a_geopoint_is_read_from_its_own_answer_when_the_export_has_no_part_columns() throws IOException {
        KoboExport export = export("""
                place/gps,_uuid
                7.201080 -9.092450 161.9 8.8,u1
                7.2 -9.1,u2
                ,u3
                north of the river,u4
                95 10,u5
                """);
        List<KoboSubmission> submissions = export.submissions();

        assertThat(submissions.get(0).geopoint("gps")).contains(new Geopoint(7.20108, -9.09245, 161.9, 8.8));
        assertThat(submissions.get(1).geopoint("gps")).contains(new Geopoint(7.2, -9.1, null, null));
        assertThat(submissions.get(2).geopoint("gps")).isEmpty();
        assertThatThrownBy(() -> submissions.get(3).geopoint("gps"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("line 5, column 1 (place/gps): 'north of the river' is not a geopoint");
        assertThatThrownBy(() -> submissions.get(4).geopoint("gps"))
                .hasMessage("line 6, column 1 (place/gps): latitude 95 is not between -90 and 90");
    }

    @Test
    void a_field_is_named_by_its_full_path_or_by_its_name_alone() throws IOException {
        KoboSubmission first = KoboExport.read(SAMPLE).submissions().getFirst();

        assertThat(first.value("adm2")).isEqualTo("GN005005").isEqualTo(first.value("grp_location/adm2"));
        assertThat(first.cell("n_returnees").count()).isEqualTo(5);
        assertThat(first.cell("n_returnees").label()).isEqualTo("grp_demo/n_returnees");
        assertThat(first.cell("n_returnees").column()).isEqualTo(14);
    }

    @Test
    void a_name_two_groups_share_must_be_given_as_a_full_path() throws IOException {
        KoboSubmission submission = export("grp_a/name,grp_b/name,_uuid\nAmina,Boke,u1\n")
                .submissions()
                .getFirst();

        assertThatThrownBy(() -> submission.value("name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'name' may mean grp_a/name or grp_b/name; give the full path");
        assertThat(submission.value("grp_b/name")).isEqualTo("Boke");
    }

    @Test
    void questions_leave_out_metadata_option_and_geopoint_part_columns() throws IOException {
        KoboExport export = KoboExport.read(SAMPLE);

        assertThat(export.columns().questions())
                .containsExactly(
                        "start",
                        "end",
                        "today",
                        "deviceid",
                        "grp_location/adm1",
                        "grp_location/adm2",
                        "grp_location/community_name",
                        "grp_location/gps",
                        "grp_demo/hh_size",
                        "grp_demo/n_returnees",
                        "grp_needs/priority_needs",
                        "grp_cohesion/tension_level");
        assertThat(export.submissions().getFirst().values()).containsEntry("grp_cohesion/tension_level", "high");
    }

    @Test
    void the_hxl_row_is_not_a_submission_but_its_tags_stay_available() throws IOException {
        KoboColumns columns = KoboExport.read(SAMPLE).columns();

        assertThat(columns.tag("grp_demo/n_returnees")).contains(HxlTag.parse("#affected+returnees+ind"));
        assertThat(columns.tag("_uuid")).isEmpty();
    }

    @Test
    void empty_and_n_a_answers_both_read_as_empty() throws IOException {
        KoboSubmission submission = export("q1;q2;q3;_uuid\n\"\";\"n/a\";\"N/A \";u1\n")
                .submissions()
                .getFirst();

        assertThat(submission.values().values()).containsOnly("");
        assertThat(submission.cell("q2").isEmpty()).isTrue();
    }

    @Test
    void without_hxl_row_the_first_submission_is_on_line_two() throws IOException {
        KoboExport export = export("q1,_uuid\nyes,u1\n");

        assertThat(export.hasHxlRow()).isFalse();
        assertThat(export.submissions()).extracting(KoboSubmission::line).containsExactly(2);
    }

    @Test
    void an_export_of_a_header_and_hxl_row_without_submissions_is_refused_as_having_no_rows() {
        assertThatThrownBy(() -> export("q1,_uuid\n#indicator,#meta+id\n\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line 2: the table has no rows: there is no submission below the header");
        assertThatThrownBy(() -> export("q1,_uuid\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line 1: the table has no rows");
    }

    @Test
    void a_duplicated_uuid_is_reported_with_both_lines() throws IOException {
        KoboExport export = KoboExport.read(FILES.resolve("kobo_duplicate_uuid_SYNTHETIC.csv"));

        assertThat(export.problems())
                .extracting(ImportProblem::message)
                .containsExactly(
                        "line 6, column 22 (_uuid): '1694f8df-50d0-f92a-7171-fd2938fa3995' is also the _uuid of line 3:"
                                + " the same submission twice?");
        assertThat(export.result().isAccepted()).isFalse();
    }

    @Test
    void a_submission_without_uuid_is_a_problem_and_an_export_without_the_column_is_refused() throws IOException {
        assertThat(export("q1,_uuid\nyes,\n").problems())
                .extracting(ImportProblem::message)
                .containsExactly("line 2, column 2 (_uuid): the cell is empty; every submission has a _uuid");
        assertThatThrownBy(() -> export("q1,_id\nyes,1\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("no _uuid column");
    }

    @Test
    void an_export_cut_inside_a_quoted_field_is_refused_where_the_quote_opened() {
        assertThatThrownBy(() -> KoboExport.read(FILES.resolve("kobo_truncated_in_quotes_SYNTHETIC.csv")))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.column()).isEqualTo(28);
                    assertThat(e).hasMessageEndingWith("never closed (truncated file?)");
                });
    }

    @Test
    void an_export_cut_after_a_field_reports_the_short_last_line() throws IOException {
        KoboExport export = KoboExport.read(FILES.resolve("kobo_truncated_after_field_SYNTHETIC.csv"));

        assertThat(export.problems())
                .extracting(ImportProblem::message)
                .containsExactly("line 7: expected 30 fields, found 12 (truncated file?)");
        assertThat(export.submissions()).hasSize(4);
    }

    @Test
    void a_semicolon_export_read_with_commas_is_refused_with_a_hint_at_the_separator() throws IOException {
        try (CsvReader commas = CsvReader.of(Files.newBufferedReader(SAMPLE), ',')) {
            assertThatThrownBy(() -> KoboExport.read(commas))
                    .isInstanceOf(CsvFormatException.class)
                    .hasMessageContaining("are the fields separated by ';'");
        }
    }

    @Test
    void an_unquoted_comma_export_read_with_semicolons_is_refused_for_its_missing_uuid_column() {
        assertThatThrownBy(() -> KoboExport.read(CsvReader.of(new StringReader("q1,_uuid\nyes,u1\n"), ';')))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("no _uuid column")
                .hasMessageEndingWith("are the fields separated by ','?");
    }

    @Test
    void an_unreadable_submission_time_is_a_problem() throws IOException {
        assertThat(export("_uuid,_submission_time\nu1,yesterday\n").problems())
                .extracting(ImportProblem::message)
                .containsExactly("line 2, column 2 (_submission_time): 'yesterday' is not a date and time"
                        + " such as 2024-05-01T10:00:00");
    }

    @Test
    void reading_reports_progress_in_bytes_up_to_the_file_size() throws IOException {
        List<Long> progress = new ArrayList<>();

        KoboExport.read(SAMPLE, progress::add);

        assertThat(progress).isNotEmpty().isSorted();
        assertThat(progress.getLast()).isEqualTo(Files.size(SAMPLE));
    }
}
