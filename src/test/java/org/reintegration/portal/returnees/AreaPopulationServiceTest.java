package org.reintegration.portal.returnees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.PCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("staff")
class AreaPopulationServiceTest {

    private static final String HEADER =
            "Region,Inhabitants,Year,Source\n#adm1+code,#population+total+ind,#date+year,#meta+source\n";

    @Autowired
    AreaPopulationService populations;

    @Test
    void a_table_of_regions_is_imported_once_and_its_figures_serve_the_years_around_it() {
        String table = HEADER + "GN001,1100000,2014,Census\nGN001,1300000,2030,Projection\nGN002,900000,2014,Census\n";

        ReturneeImportResult first = populations.importHxl(bytes(table), "pop.csv");
        ReturneeImportResult again = populations.importHxl(bytes(table), "pop.csv");

        assertThat(first).isEqualTo(new ReturneeImportResult("pop.csv", 3, 0));
        assertThat(again).isEqualTo(new ReturneeImportResult("pop.csv", 0, 3));
        assertThat(populations.populationsAt(LocalDate.of(2025, 6, 30)))
                .containsEntry(PCode.of("GN001"), 1_100_000L)
                .containsEntry(PCode.of("GN002"), 900_000L);
        assertThat(populations.populationsAt(LocalDate.of(2031, 1, 1))).containsEntry(PCode.of("GN001"), 1_300_000L);
        assertThat(populations.populationsAt(LocalDate.of(2000, 1, 1))).containsEntry(PCode.of("GN001"), 1_100_000L);
    }

    @Test
    void every_problem_is_named_by_line_and_column_and_nothing_is_stored() {
        String table = HEADER + "GN001,1100000,2014,Census\nGN099,5,2014,Census\nGN002,many,14,Census\n";

        assertThatThrownBy(() -> populations.importHxl(bytes(table), "bad.csv"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("line 4").contains("GN099"))
                        .anySatisfy(p -> assertThat(p).contains("line 5").contains("many"))
                        .anySatisfy(p -> assertThat(p).contains("line 5").contains("'14' is not a year")));
        assertThat(populations.populationsAt(LocalDate.of(2025, 1, 1))).doesNotContainKey(PCode.of("GN001"));
    }

    @Test
    void a_table_without_rows_is_refused() {
        assertThatThrownBy(() -> populations.importHxl(bytes(HEADER), "empty.csv"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly("line 2: the table has no rows: there is no data below the hashtag row"));
    }

    @Test
    void another_figure_for_an_area_and_year_already_stored_is_refused() {
        populations.importHxl(bytes(HEADER + "GN001,1100000,2014,Census\n"), "pop.csv");

        assertThatThrownBy(() -> populations.importHxl(bytes(HEADER + "GN001,1200000,2014,Census\n"), "pop2.csv"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .asString()
                        .contains("line 3", "never overwritten"));
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
