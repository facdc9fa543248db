package org.reintegration.portal.interop.hxl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.interop.csv.CsvFormatException;

class ImportResultTest {

    @Test
    void problems_are_listed_by_position_whole_file_first() {
        ImportProblems problems = new ImportProblems();
        problems.add(ImportProblem.inCell(9, 2, "#adm1+code", ProblemText.of("import.pcode.unknown", "GN1")));
        problems.add(ImportProblem.onLine(4, "import.fields.too-few", "13", "7"));
        problems.add(ImportProblem.inCell(9, 1, "#country+code", ProblemText.of("import.pcode.unknown", "GN")));
        problems.add(ImportProblem.inFile("import.hxl.no-column", "#adm2+code"));

        assertThat(problems.list())
                .extracting(ImportProblem::message)
                .containsExactly(
                        "no column tagged #adm2+code",
                        "line 4: expected 13 fields, found 7 (truncated file?)",
                        "line 9, column 1 (#country+code): unknown P-code GN: no such admin area is stored",
                        "line 9, column 2 (#adm1+code): unknown P-code GN1: no such admin area is stored");
    }

    @Test
    void only_the_first_hundred_problems_are_listed_followed_by_how_many_more_there_are() {
        ImportProblems problems = new ImportProblems();
        for (int line = 250; line >= 3; line--) {
            problems.add(ImportProblem.onLine(line, "import.projects.half-location"));
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
            throw new Cell("abc", 7, 8, "#affected+returnees+ind").failure("import.cell.not-whole", "abc");
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
        problems.add(new CsvFormatException(ProblemText.of("import.csv.quote-unclosed"), 7, 28));

        assertThat(problems.list()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.column()).isEqualTo(28);
            assertThat(problem.message())
                    .isEqualTo("line 7, column 28: the quoted field opened here is never closed (truncated file?)");
        });
    }

    @Test
    void a_problem_reads_in_french_and_arabic_with_its_position_and_the_cell_as_it_is() {
        ImportProblem problem =
                new Cell("abc", 7, 8, "#affected+returnees+ind").problem("import.cell.not-whole", "abc");

        assertThat(problem.message())
                .isEqualTo("line 7, column 8 (#affected+returnees+ind): 'abc' is not a whole number");
        assertThat(problem.message(Locale.FRENCH))
                .isEqualTo("ligne 7, colonne 8 (#affected+returnees+ind)\u00a0: «\u202fabc\u202f» n’est pas un nombre"
                        + " entier");
        assertThat(problem.message(Locale.forLanguageTag("ar")))
                .isEqualTo("السطر 7، العمود 8 (\u2066#affected+returnees+ind\u2069): «abc» ليس عددًا صحيحًا");
    }

    @Test
    void a_language_the_portal_does_not_offer_reads_the_problem_in_english() {
        // the three languages hold every key (TranslationFilesTest); any other language falls back to English
        ImportProblem problem = ImportProblem.onLine(3, "import.hxl.no-rows");

        assertThat(problem.message(Locale.GERMAN))
                .isEqualTo(problem.message())
                .isEqualTo("line 3: the table has no rows: there is no data below the hashtag row");
    }
}
