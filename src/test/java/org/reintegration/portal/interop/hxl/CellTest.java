package org.reintegration.portal.interop.hxl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTest {

    private static Cell returnees(String value) {
        return new Cell(value, 7, 8, "#affected+returnees+ind");
    }

    @ParameterizedTest
    @CsvSource({"1210, 1210", "' 42 ', 42", "0, 0", "1210.0, 1210", "+7, 7"})
    void a_count_is_a_whole_number_of_zero_or_more(String text, long count) throws ImportException {
        assertThat(returnees(text).count()).isEqualTo(count);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "abc|'abc' is not a whole number",
                "12.5|'12.5' is not a whole number",
                "-3|'-3' is negative; a count cannot be below zero",
                "1,210|'1,210' is not a whole number; write it without thousands separators",
                "99999999999999999999|'99999999999999999999' is too large",
                "\" \"|the cell is empty; a whole number is required"
            })
    void a_count_that_is_not_one_is_reported_with_line_column_and_hashtag(String text, String what) {
        assertThatThrownBy(() -> returnees(text).count())
                .isInstanceOf(ImportException.class)
                .hasMessage("line 7, column 8 (#affected+returnees+ind): " + what);
    }

    @Test
    void the_problem_carries_the_position_for_sorting_and_highlighting() {
        assertThatThrownBy(() -> returnees("abc").count()).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.problem().line()).isEqualTo(7);
            assertThat(e.problem().column()).isEqualTo(8);
        });
    }

    @Test
    void decimals_are_written_with_a_point_and_kept_exactly() throws ImportException {
        assertThat(new Cell("-13.265840", 3, 16, "#geo+lon").decimal()).isEqualTo(new BigDecimal("-13.265840"));
        assertThatThrownBy(() -> new Cell("9,7673", 3, 15, "#geo+lat").decimal())
                .hasMessage("line 3, column 15 (#geo+lat): '9,7673' is not a number; use '.' for decimals");
        assertThatThrownBy(() -> new Cell("north", 3, 15, "#geo+lat").decimal())
                .hasMessage("line 3, column 15 (#geo+lat): 'north' is not a number");
    }

    @Test
    void dates_are_iso_and_must_exist() throws ImportException {
        assertThat(new Cell("2024-03-31", 3, 6, "#date+reported").date()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThatThrownBy(() -> new Cell("31/03/2024", 3, 6, "#date+reported").date())
                .hasMessage("line 3, column 6 (#date+reported): '31/03/2024' is not a date of the form yyyy-MM-dd");
        assertThatThrownBy(() -> new Cell("2025-02-30", 10, 9, "#date+end").date())
                .hasMessage("line 10, column 9 (#date+end): '2025-02-30' is not a date that exists");
    }

    @Test
    void a_long_value_is_shortened_in_the_message() {
        assertThatThrownBy(() -> returnees("x".repeat(500)).count())
                .hasMessage(
                        "line 7, column 8 (#affected+returnees+ind): '" + "x".repeat(40) + "…' is not a whole number");
    }

    @Test
    void required_text_refuses_an_empty_cell_and_text_strips_spaces() throws ImportException {
        assertThat(new Cell("  GN001  ", 3, 2, "#adm1+code").requiredText()).isEqualTo("GN001");
        assertThatThrownBy(() -> new Cell("", 3, 2, "#adm1+code").requiredText())
                .hasMessage("line 3, column 2 (#adm1+code): the cell is empty; a value is required");
    }
}
