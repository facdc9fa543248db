package org.reintegration.portal.interop.hxl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.interop.csv.CsvFormatException;

class ImportResultTest {

    @Test
    void problems_are_listed_by_position_whole_file_first() {
        ImportProblems problems = new ImportProblems();
        problems.add(ImportProblem.inCell(9, 2, "#adm1+code", "unknown"));
        problems.add(ImportProblem.onLine(4, "expected 13 fields, found 7 (truncated file?)"));
        problems.add(ImportProblem.inCell(9, 1, "#country+code", "unknown"));
        problems.add(ImportProblem.inFile("no column tagged #adm2+code"));

        assertThat(problems.list())
                .extracting(ImportProblem::message)
                .containsExactly(
                        "no column tagged #adm2+code",
                        "line 4: expected 13 fields, found 7 (truncated file?)",
                        "line 9, column 1 (#country+code): unknown",
                        "line 9, column 2 (#adm1+code): unknown");
    }

    @Test
    void only_the_first_hundred_problems_are_listed_followed_by_how_many_more_there_are() {
        ImportProblems problems = new ImportProblems();
        for (int line = 250; line >= 3; line--) {
            problems.add(ImportProblem.onLine(line, "bad"));
        }

        ImportResult<String> result = ImportResult.of(List.of("row"), problems);

        assertThat(result.problemCount()).isEqualTo(248);
        assertThat(result.problems()).hasSize(ImportProblems.KEPT);
        assertThat(result.problems().getFirst().line()).isEqualTo(3);
        assertThat(result.messages()).hasSize(101).endsWith("and 148 more problems");
    }

    @Test
    void a_file_with_any_problem_gives_no_rows_to_save() {
        ImportProblems problems = new ImportProblems();
        String count = problems.attempt(() -> {
            throw new ImportException(
                    ImportProblem.inCell(7, 8, "#affected+returnees+ind", "'abc' is not a whole number"));
        });
        ImportResult<String> result = ImportResult.of(List.of("Boffa", "Boke"), problems);

        assertThat(count).isNull();
        assertThat(result.isAccepted()).isFalse();
        assertThat(result.rows()).hasSize(2);
        assertThatThrownBy(result::acceptedRows).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_file_without_problems_gives_all_its_rows() {
        ImportResult<String> result = ImportResult.of(List.of("Boffa", "Boke"), new ImportProblems());

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.acceptedRows()).containsExactly("Boffa", "Boke");
        assertThat(result.messages()).isEmpty();
    }

    @Test
    void a_csv_format_error_becomes_a_problem_at_the_same_place() {
        ImportProblems problems = new ImportProblems();
        problems.add(new CsvFormatException("the quoted field opened here is never closed (truncated file?)", 7, 28));

        assertThat(problems.list())
                .containsExactly(new ImportProblem(
                        7, 28, "line 7, column 28: the quoted field opened here is never closed (truncated file?)"));
    }
}
