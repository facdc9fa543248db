package org.reintegration.portal.interop.hxl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.interop.csv.CsvReader;

class HxlReaderTest {

    private static final Path FILES = Path.of("src/test/resources/interop");
    private static final Path RETURNEES = FILES.resolve("gin_returnees_by_adm2_SYNTHETIC.csv");
    private static final Path PROJECTS = FILES.resolve("community_projects_3w_SYNTHETIC.csv");

    /** What a returnee import keeps of a row. */
    record ReturneeCount(String adm2, LocalDate reported, long individuals, long households) {}

    /** An all-or-nothing import as the community profiling feature would write it. */
    private static ImportResult<ReturneeCount> importReturnees(HxlReader reader) throws IOException {
        ImportProblems problems = new ImportProblems();
        List<ReturneeCount> counts = new ArrayList<>();
        HxlTable table = reader.table();
        HxlColumn adm2 = problems.attempt(() -> table.column("#adm2+code"));
        HxlColumn reported = problems.attempt(() -> table.column("#date+reported"));
        HxlColumn individuals = problems.attempt(() -> table.column("#affected+returnees+ind-abroad"));
        HxlColumn households = problems.attempt(() -> table.column("#affected+returnees+hh"));
        if (!problems.isEmpty()) {
            return ImportResult.of(counts, problems);
        }
        try {
            for (HxlRow row : reader.rows()) {
                String code = problems.attempt(() -> row.cell(adm2).requiredText());
                LocalDate date = problems.attempt(() -> row.cell(reported).date());
                Long people = problems.attempt(() -> row.cell(individuals).count());
                Long homes = problems.attempt(() -> row.cell(households).count());
                if (code != null && date != null && people != null && homes != null) {
                    counts.add(new ReturneeCount(code, date, people, homes));
                }
            }
        } catch (ImportException wrongShape) {
            problems.add(wrongShape);
        }
        return ImportResult.of(counts, problems);
    }

    private static ImportResult<ReturneeCount> importReturnees(Path file) throws IOException {
        try (HxlReader reader = HxlReader.open(file)) {
            return importReturnees(reader);
        }
    }

    @Test
    void returnee_counts_of_the_first_row_are_read_by_hashtag() throws IOException {
        try (HxlReader reader = HxlReader.open(RETURNEES)) {
            HxlTable table = reader.table();
            HxlRow first = reader.next();

            assertThat(first.line()).isEqualTo(3);
            assertThat(first.cell(table.column("#adm2+name")).text()).isEqualTo("Boffa");
            assertThat(first.cell(table.column("#adm2+code")).text()).isEqualTo("GN001001");
            assertThat(first.cell(table.column("#affected+returnees+ind-abroad"))
                            .count())
                    .isEqualTo(1210);
            assertThat(first.cell(table.column("#affected+returnees+hh")).count())
                    .isEqualTo(172);
            assertThat(first.cell(table.column("#affected+returnees+f")).count())
                    .isEqualTo(603);
            assertThat(first.cell(table.column("#affected+returnees+m")).count())
                    .isEqualTo(607);
            assertThat(first.cell(table.column("#affected+returnees+abroad")).count())
                    .isEqualTo(559);
            assertThat(first.cell(table.column("#date+reported")).date()).isEqualTo(LocalDate.of(2024, 3, 31));
        }
    }

    @Test
    void both_rounds_of_the_returnee_sample_import_without_problems() throws IOException {
        ImportResult<ReturneeCount> result = importReturnees(RETURNEES);

        assertThat(result.messages()).isEmpty();
        assertThat(result.acceptedRows()).hasSize(68);
        assertThat(result.rows())
                .filteredOn(count -> count.reported().equals(LocalDate.of(2024, 6, 30)))
                .hasSize(34)
                .extracting(ReturneeCount::adm2)
                .doesNotHaveDuplicates();
        assertThat(result.rows().getLast())
                .isEqualTo(new ReturneeCount("GN008006", LocalDate.of(2024, 6, 30), 3326, 665));
    }

    @Test
    void a_pattern_that_two_columns_match_is_refused_naming_both_columns() throws IOException {
        try (HxlReader reader = HxlReader.open(RETURNEES)) {
            assertThat(reader.table().columns("#affected+returnees+ind"))
                    .extracting(HxlColumn::header)
                    .containsExactly("Returnee individuals", "Returnees from abroad (individuals)");
            assertThatThrownBy(() -> reader.table().column("#affected+returnees+ind"))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("2 columns tagged #affected+returnees+ind (columns 8 and 12)");
        }
    }

    @Test
    void a_missing_column_is_named_by_its_pattern() throws IOException {
        try (HxlReader reader = HxlReader.open(RETURNEES)) {
            assertThatThrownBy(() -> reader.table().column("#affected+idps"))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("no column tagged #affected+idps");
            assertThat(reader.table().findColumn("#affected+idps")).isEmpty();
        }
    }

    @Test
    void columns_are_found_by_hashtag_whatever_their_order_and_header_text() throws IOException {
        ImportResult<ReturneeCount> original = importReturnees(RETURNEES);
        ImportResult<ReturneeCount> reordered = importReturnees(FILES.resolve("returnees_reordered_fr_SYNTHETIC.csv"));

        assertThat(reordered.acceptedRows())
                .hasSize(6)
                .isEqualTo(original.rows().subList(0, 6));
        try (HxlReader reader = HxlReader.open(FILES.resolve("returnees_reordered_fr_SYNTHETIC.csv"))) {
            assertThat(reader.table().column("#affected+returnees+hh"))
                    .isEqualTo(new HxlColumn(7, "Rapatriés (ménages)", HxlTag.parse("#affected+returnees+hh")));
        }
    }

    @Test
    void the_3w_project_columns_are_found_by_hashtag() throws IOException {
        try (HxlReader reader = HxlReader.open(PROJECTS)) {
            HxlTable table = reader.table();
            HxlRow first = reader.next();

            assertThat(table.column("#org+impl").number()).isEqualTo(3);
            assertThat(table.column("#org+funder").header()).isEqualTo("Funder");
            assertThat(table.column("#targeted-returnees").number()).isEqualTo(17);
            assertThatThrownBy(() -> table.column("#targeted"))
                    .hasMessage("2 columns tagged #targeted (columns 17 and 18)");
            assertThat(first.cell(table.column("#activity+project+code")).text())
                    .isEqualTo("GIN-CBR-001");
            assertThat(first.cell(table.column("#sector")).text()).isEqualTo("Education");
            assertThat(first.cell(table.column("#geo+lat")).decimal()).isEqualByComparingTo("9.7673");
            assertThat(first.cell(table.column("#geo+lon")).decimal()).isEqualByComparingTo("-10.3251");
            assertThat(first.cell(table.column("#targeted+returnees")).count()).isEqualTo(501);
            assertThat(first.cell(table.column("#value+budget")).decimal()).isEqualTo(new BigDecimal("47000"));
            assertThat(first.cell(table.column("#date+start")).date()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(reader.rows()).hasSize(11);
        }
    }

    @Test
    void end_dates_in_the_3w_sample_that_do_not_exist_are_reported_by_line() throws IOException {
        ImportProblems problems = new ImportProblems();
        try (HxlReader reader = HxlReader.open(PROJECTS)) {
            HxlColumn end = reader.table().column("#date+end");
            for (HxlRow row : reader.rows()) {
                problems.attempt(() -> row.cell(end).date());
            }
        }

        assertThat(ImportResult.of(List.of(), problems).messages())
                .containsExactly(
                        "line 10, column 9 (#date+end): '2025-02-30' is not a date that exists",
                        "line 12, column 9 (#date+end): '2025-02-30' is not a date that exists");
    }

    @Test
    void text_in_a_count_column_is_reported_with_line_column_and_hashtag() throws IOException {
        ImportResult<ReturneeCount> result = importReturnees(FILES.resolve("returnees_text_in_count_SYNTHETIC.csv"));

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.messages())
                .containsExactly("line 7, column 8 (#affected+returnees+ind): 'abc' is not a whole number");
        assertThatThrownBy(result::acceptedRows).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_file_without_hashtag_row_is_refused() {
        assertThatThrownBy(() -> HxlReader.open(FILES.resolve("returnees_without_hashtag_row_SYNTHETIC.csv")))
                .isInstanceOf(ImportException.class)
                .hasMessage(
                        "missing hashtag row: none of the first 25 lines holds only HXL hashtags such as #adm1+code");
    }

    @Test
    void a_comma_separated_file_read_as_semicolon_separated_is_refused_for_its_missing_hashtag_row()
            throws IOException {
        try (CsvReader csv = CsvReader.of(Files.newBufferedReader(RETURNEES), ';')) {
            assertThatThrownBy(() -> HxlReader.of(csv))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("missing hashtag row")
                    .hasMessageEndingWith("are the fields separated by ',' rather than ';'?");
        }
    }

    @Test
    void a_file_cut_in_its_last_line_is_refused_naming_that_line() throws IOException {
        ImportResult<ReturneeCount> result = importReturnees(FILES.resolve("returnees_truncated_SYNTHETIC.csv"));

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.messages()).containsExactly("line 70: expected 13 fields, found 11 (truncated file?)");
    }

    @Test
    void the_hashtag_row_may_be_the_first_row() throws IOException {
        HxlReader reader = HxlReader.of(CsvReader.of(new StringReader("""
                #adm1+code,#adm1+name,#population+total
                GN001,Boke,1083147
                """)));

        assertThat(reader.table().tagLine()).isEqualTo(1);
        assertThat(reader.table().column("#adm1+name").header()).isEmpty();
        assertThat(reader.next().cell(reader.table().column("#population")).count())
                .isEqualTo(1_083_147);
    }

    @Test
    void the_hashtag_row_may_follow_title_lines_but_no_further_than_line_25() throws IOException {
        String table = "Code,Name\n#adm1+code,#adm1+name\nGN001,Boke\n";
        String titled = "Returnees in Guinea\nSYNTHETIC\n\n" + table;

        HxlReader reader = HxlReader.of(CsvReader.of(new StringReader(titled)));
        assertThat(reader.table().tagLine()).isEqualTo(5);
        assertThat(reader.table().column("#adm1+name").header()).isEqualTo("Name");
        assertThat(reader.next().line()).isEqualTo(6);

        String tooLow = "notes\n".repeat(24) + table;
        assertThatThrownBy(() -> HxlReader.of(CsvReader.of(new StringReader(tooLow))))
                .hasMessageStartingWith("missing hashtag row");
    }

    @Test
    void blank_rows_padding_and_untagged_columns_are_no_problem() throws IOException {
        HxlReader reader = HxlReader.of(CsvReader.of(new StringReader("""
                Code,Remarks,Name
                #adm1+code,,#adm1+name
                GN001,checked,Boke

                GN002,,Conakry,,
                ,,,
                """)));

        assertThat(reader.table().columns()).extracting(HxlColumn::number).containsExactly(1, 3);
        assertThat(reader.rows())
                .extracting(row -> row.cell(reader.table().column("#adm1+name")).text())
                .containsExactly("Boke", "Conakry");
    }

    @Test
    void a_row_with_values_beyond_the_last_column_is_refused() throws IOException {
        HxlReader reader = HxlReader.of(CsvReader.of(new StringReader("#adm1+code,#adm1+name\nGN001,Boke,extra\n")));

        assertThatThrownBy(reader::next).hasMessage("line 2: expected 2 fields, found 3");
    }

    @Test
    void a_column_without_a_hashtag_is_named_in_the_readers_language() throws IOException {
        HxlReader reader = HxlReader.of(CsvReader.of(new StringReader("Code,Remarks\n#adm1+code,\nGN001,x\n")));

        ImportProblem problem =
                ImportProblem.inCell(2, 2, reader.table().label(2), ProblemText.of("import.cell.empty.value"));

        assertThat(reader.table().label(1)).isEqualTo("#adm1+code");
        assertThat(problem.message(java.util.Locale.FRENCH))
                .contains("sans hashtag")
                .doesNotContain("untagged");
        assertThat(problem.message(java.util.Locale.of("ar")))
                .contains("بلا وسم")
                .doesNotContain("untagged");
        assertThat(problem.message()).contains("no hashtag");
    }
}
