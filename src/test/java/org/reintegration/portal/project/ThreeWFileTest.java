package org.reintegration.portal.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.interop.hxl.ImportResult;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class ThreeWFileTest {

    static final Path FILES = Path.of("src/test/resources/interop");

    @Autowired
    AreaHierarchy hierarchy;

    @Test
    void the_shared_sample_is_refused_for_its_two_days_that_do_not_exist() throws IOException {
        ImportResult<ThreeWRow> read = read(Files.readString(FILES.resolve("community_projects_3w_SYNTHETIC.csv")));

        assertThat(read.messages())
                .containsExactly(
                        "line 10, column 9 (#date+end): '2025-02-30' is not a date that exists",
                        "line 12, column 9 (#date+end): '2025-02-30' is not a date that exists");
    }

    @Test
    void every_row_of_the_corrected_sample_is_read_by_its_hashtags() throws IOException {
        ImportResult<ThreeWRow> read = read(corrected());

        assertThat(read.messages()).isEmpty();
        assertThat(read.rows()).hasSize(read.rows().getLast().line() - 2);
        ThreeWRow second = read.rows().get(1);
        assertThat(second.code()).isEqualTo("GIN-CBR-002");
        assertThat(second.title()).isEqualTo("Fish-drying collective (Mamou)");
        assertThat(second.partner()).isEqualTo("Example Local NGO");
        assertThat(second.sector()).isEqualTo("Livelihoods");
        assertThat(second.activity()).isEqualTo("Fish-drying collective");
        assertThat(second.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(second.area()).isEqualTo(PCode.of("GN007002"));
        assertThat(second.locationName()).isEqualTo("Community 2");
        assertThat(second.location().lat()).isEqualTo(9.95);
        assertThat(second.targeted()).isEqualTo(1593);
        assertThat(second.targetedReturnees()).isEqualTo(659);
        assertThat(second.reached()).isEqualTo(1572);
        assertThat(second.budget()).isEqualByComparingTo(new BigDecimal("95000"));
        assertThat(second.spent()).isEqualByComparingTo(new BigDecimal("89545"));
        assertThat(second.currency()).isEqualTo("USD");
        assertThat(read.rows()).extracting(ThreeWRow::status).contains(ProjectStatus.ONGOING, ProjectStatus.CANCELLED);
    }

    @Test
    void columns_in_another_order_with_other_header_text_and_semicolons_read_the_same() throws IOException {
        String[] lines = corrected().split("\r?\n");
        StringBuilder reordered = new StringBuilder();
        for (String line : lines) {
            String[] fields = line.split(",", -1);
            // move the title to the end and write French-style semicolon separated fields
            StringBuilder out = new StringBuilder(fields[0]);
            for (int i = 2; i < fields.length; i++) {
                out.append(';').append(fields[i]);
            }
            out.append(';').append(fields[1]);
            reordered.append(out).append('\n');
        }

        ImportResult<ThreeWRow> read = read(reordered.toString().replaceFirst("Project title", "Intitulé"));

        assertThat(read.messages()).isEmpty();
        assertThat(read.rows().get(1).title()).isEqualTo("Fish-drying collective (Mamou)");
    }

    @Test
    void unknown_p_codes_statuses_duplicated_codes_and_inverted_dates_are_named_by_line_and_column()
            throws IOException {
        String broken = corrected()
                .replace("GN007,Mamou,GN007002", "GN007,Mamou,GN007999")
                .replaceFirst("Fish-drying collective,active,2024-02-01", "Fish-drying collective,started,2024-02-01")
                .replace("GIN-CBR-005", "GIN-CBR-001")
                .replace("2024-05-01,2025-02-28,GN001", "2025-05-01,2025-02-28,GN001");

        assertThat(read(broken).messages())
                .containsExactly(
                        "line 4, column 12 (#adm2+code): unknown P-code GN007999: no such admin area is stored",
                        "line 5, column 7 (#status+name): 'started' is not a project status; use planned, ongoing (or"
                                + " active), suspended, completed or cancelled",
                        "line 7, column 1 (#activity+project+code): the project GIN-CBR-001 is already on line 3",
                        "line 10, column 9 (#date+end): the end 2025-02-28 lies before the start 2025-05-01");
    }

    @Test
    void a_table_without_its_code_column_or_hashtag_row_is_refused_before_any_row() throws IOException {
        String withoutCode = corrected().replaceFirst("#activity\\+project\\+code", "#meta+id");
        assertThat(read(withoutCode).messages()).containsExactly("line 2: no column tagged #activity+project+code");

        String withoutTags = corrected().replaceFirst("(?m)^#.*\\R", "");
        assertThat(read(withoutTags).isAccepted()).isFalse();

        String truncated = corrected().substring(0, corrected().lastIndexOf(",Community"));
        assertThat(read(truncated).messages()).singleElement().asString().contains("truncated file?");
    }

    @Test
    void a_table_of_headers_alone_is_refused_as_having_no_rows() throws IOException {
        String headers = corrected().lines().limit(2).reduce("", (a, b) -> a + b + "\n");

        assertThat(read(headers).messages())
                .containsExactly("line 2: the table has no rows: there is no data below the hashtag row");
    }

    private ImportResult<ThreeWRow> read(String content) {
        return new ThreeWFile(hierarchy).read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static String corrected() throws IOException {
        return Files.readString(FILES.resolve("projects_3w_dates_corrected_SYNTHETIC.csv"));
    }
}
