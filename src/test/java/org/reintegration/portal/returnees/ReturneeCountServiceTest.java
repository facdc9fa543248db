package org.reintegration.portal.returnees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.security.SmallCounts;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class ReturneeCountServiceTest {

    static final String SAMPLE = "gin_returnees_by_adm2_SYNTHETIC.csv";

    @Autowired
    ReturneeCountService returnees;

    @Test
    @WithUserDetails("staff")
    void the_sample_table_is_imported_whole_with_its_figures_by_hashtag() {
        ReturneeImportResult result = importText(sample());

        assertThat(result.added()).isEqualTo(68);
        assertThat(result.alreadyPresent()).isZero();
        List<ReturneeCount> boffa = countsFor(PCode.of("GN001001"));
        assertThat(boffa).extracting(c -> c.data().periodLabel()).containsExactly("Round 2", "Round 1");
        ReturneeCountData round1 = boffa.getLast().data();
        assertThat(round1.periodEnd()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(round1.communityId()).isNull();
        // #affected+returnees+ind+abroad is not taken for the individuals, though it carries +ind
        assertThat(List.of(round1.individuals(), round1.households(), round1.females(), round1.males()))
                .containsExactly(1210, 172, 603, 607);
        assertThat(round1.fromAbroad()).isEqualTo(559);
        assertThat(round1.source()).isEqualTo("SYNTHETIC demo data - not real");
        assertThat(countsFor(null)).hasSize(68);
    }

    @Test
    @WithUserDetails("staff")
    void importing_the_same_file_again_adds_nothing() {
        importText(sample());

        ReturneeImportResult again = importText(sample());

        assertThat(again.added()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(68);
        assertThat(countsFor(null)).hasSize(68);
    }

    @Test
    @WithUserDetails("staff")
    void columns_are_found_by_hashtag_whatever_their_order_header_and_separator() {
        List<String> lines = sample();
        List<String> reordered = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(",", -1);
            // individuals first, P-code last, no text headers, semicolons as a French-locale spreadsheet writes
            reordered.add(String.join(";", f[7], f[5], f[6], f[11], f[3]));
        }
        reordered.removeFirst();

        ReturneeImportResult result = importText(reordered);

        assertThat(result.added()).isEqualTo(68);
        ReturneeCountData boffa = countsFor(PCode.of("GN001001")).getLast().data();
        assertThat(boffa.individuals()).isEqualTo(1210);
        assertThat(boffa.fromAbroad()).isEqualTo(559);
        assertThat(boffa.source()).isEqualTo(ReturneeCountFile.DEFAULT_SOURCE);
    }

    @Test
    @WithUserDetails("staff")
    void text_in_a_count_is_rejected_with_its_line_and_column_and_nothing_is_stored() {
        List<String> lines = sample();
        lines.set(4, lines.get(4).replace(",2416,", ",about 2400,"));

        assertRejected(lines, "line 5, column 8 (#affected+returnees+ind): 'about 2400' is not a whole number");
    }

    @Test
    @WithUserDetails("staff")
    void an_unknown_p_code_is_rejected_with_its_line_and_column() {
        List<String> lines = sample();
        lines.set(3, lines.get(3).replace("GN001002", "GN001099"));

        assertRejected(lines, "line 4, column 4 (#adm2+code): unknown P-code GN001099: no such admin area is stored");
    }

    @Test
    @WithUserDetails("staff")
    void a_duplicated_row_is_rejected_naming_both_lines() {
        List<String> lines = sample();
        lines.add(lines.get(2).replace(",1210,", ",1300,"));

        assertRejected(
                lines,
                "line 71, column 4 (#adm2+code): duplicate row: GN001001 on 2024-03-31 (Round 1) is already on line 3");
    }

    @Test
    @WithUserDetails("staff")
    void a_file_without_its_hashtag_row_is_rejected() {
        List<String> lines = sample();
        lines.remove(1);

        assertRejected(
                lines, "missing hashtag row: none of the first 25 lines holds only HXL hashtags such as #adm1+code");
    }

    @Test
    @WithUserDetails("staff")
    void a_line_separated_by_semicolons_in_a_comma_separated_file_is_pointed_out() {
        List<String> lines = sample();
        lines.set(5, lines.get(5).replace(',', ';'));

        assertRejected(
                lines,
                "line 6, column 1 (#country+code): the line reads as a single field: are its fields separated by ';'"
                        + " rather than ',' like the lines above?");
    }

    @Test
    @WithUserDetails("staff")
    void a_truncated_file_is_rejected_at_its_last_line() {
        List<String> lines = sample();
        String last = lines.getLast();
        lines.set(lines.size() - 1, last.substring(0, last.indexOf(",2,") + 2));

        assertRejected(
                lines,
                "line 70, column 8 (#affected+returnees+ind): missing: the line has 7 of the 13 fields (truncated file?)");
    }

    @Test
    @WithUserDetails("staff")
    void a_table_of_header_rows_without_data_is_refused_rather_than_imported_as_nothing() {
        List<String> headersOnly = new ArrayList<>(sample().subList(0, 2));
        headersOnly.add("");

        assertRejected(headersOnly, "line 2: the table has no rows: there is no data below the hashtag row");
    }

    @Test
    @WithUserDetails("staff")
    void a_required_column_that_is_missing_is_named() {
        List<String> lines = sample();
        lines.set(1, lines.get(1).replace("#date+reported", "#date+start"));

        assertRejected(lines, "line 2: no column tagged #date+reported");
    }

    @Test
    @WithUserDetails("staff")
    void changed_figures_for_counts_already_stored_are_refused_rather_than_overwritten() {
        importText(sample());
        List<String> lines = sample();
        lines.set(2, lines.get(2).replace(",1210,", ",1300,"));

        assertThatThrownBy(() -> importText(lines))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .asString()
                        .startsWith("line 3, column 8 (#affected+returnees+ind): other figures than those already"));
        assertThat(countsFor(PCode.of("GN001001")).getLast().data().individuals())
                .isEqualTo(1210);
    }

    @Test
    @WithUserDetails("staff")
    void staff_record_a_count_by_hand_once_and_parts_may_not_exceed_the_whole() {
        ReturneeCount count = returnees.record(count("GN004003", 3, 2, 1));

        assertThat(countsFor(PCode.of("GN004003")))
                .singleElement()
                .satisfies(c -> assertThat(c.data().individuals()).isEqualTo(3))
                .isEqualTo(count);
        assertThatThrownBy(() -> returnees.record(count("GN004003", 3, 2, 1)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("returnees.error.duplicate"));
        assertThatThrownBy(() -> count("GN004003", 3, 2, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("add up to more than the 3 individuals");
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_reads_counts_in_its_scope_only_with_small_counts_suppressed_and_changes_nothing() {
        SystemTask.runAsAdministrator(() -> {
            importText(sample());
            returnees.record(count("GN004003", 3, 2, 1));
            returnees.record(count("GN005004", 2, 1, 1));
        });

        List<ReturneeCount> visible = countsFor(null);

        assertThat(visible).hasSize(11).allMatch(c -> c.data().area().value().startsWith("GN004"));
        ReturneeCountData small = countsFor(PCode.of("GN004003")).getFirst().data();
        assertThat(List.of(small.individuals(), small.females(), small.males()))
                .containsOnly(SmallCounts.FEWER_THAN_FIVE);
        assertThat(countsFor(PCode.of("GN005"))).isEmpty();
        assertThat(returnees.latestByArea(2))
                .extracting(c -> c.data().area().value())
                .containsExactlyInAnyOrder("GN004001", "GN004002", "GN004003", "GN004004", "GN004005");
        assertThatThrownBy(() -> importText(sample())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> returnees.record(count("GN004003", 9, 5, 4)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("staff")
    void the_latest_count_of_each_area_is_the_one_with_the_newest_reporting_date() {
        importText(sample());

        List<ReturneeCount> latest = returnees.latestByArea(2);

        // Whatever else is stored (the demo data's counts too), each area's newest count is the one shown.
        assertThat(latest).hasSize(34).allSatisfy(c -> assertThat(c.data().periodEnd())
                .isEqualTo(returnees.countsFor(c.data().area()).stream()
                        .filter(other -> other.data().area().equals(c.data().area()))
                        .map(other -> other.data().periodEnd())
                        .max(java.util.Comparator.naturalOrder())
                        .orElseThrow()));
    }

    @Test
    @WithUserDetails("staff")
    void a_returnee_table_written_with_a_source_that_would_run_as_a_formula_reads_back_the_same_source()
            throws IOException {
        String hostile = "=HYPERLINK(\"http://evil.test\",\"DTM\")";
        java.io.StringWriter out = new java.io.StringWriter();
        try (var table = org.reintegration.portal.interop.hxl.HxlWriter.of(
                out,
                List.of("Admin 2 P-code", "Reporting date", "Returnees", "Source"),
                java.util.stream.Stream.of("#adm2+code", "#date+reported", "#affected+returnees+ind", "#meta+source")
                        .map(org.reintegration.portal.interop.hxl.HxlTag::parse)
                        .toList())) {
            table.row("GN001001", "2024-03-31", "1210", hostile);
            table.row("GN001002", "2024-03-31", "649", "'@already behind an apostrophe");
        }
        assertThat(out.toString()).contains(",\"'=HYPERLINK(").contains(",''@already");

        importText(out.toString().lines().toList());

        assertThat(returnees.countsFor(PCode.of("GN001001")))
                .filteredOn(c -> c.data().periodEnd().equals(LocalDate.of(2024, 3, 31)))
                .singleElement()
                .satisfies(c -> assertThat(c.data().source()).isEqualTo(hostile));
        assertThat(returnees.countsFor(PCode.of("GN001002")))
                .filteredOn(c -> c.data().periodEnd().equals(LocalDate.of(2024, 3, 31)))
                .singleElement()
                .satisfies(c -> assertThat(c.data().source()).isEqualTo("'@already behind an apostrophe"));
    }

    private void assertRejected(List<String> lines, String problem) {
        assertThatThrownBy(() -> importText(lines))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(problem));
        assertThat(countsFor(null)).isEmpty();
    }

    private ReturneeImportResult importText(List<String> lines) {
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return returnees.importHxl(new ByteArrayInputStream(bytes), "returnees.csv");
    }

    static List<String> sample() {
        try (InputStream in = ReturneeCountServiceTest.class.getResourceAsStream("/returnees/" + SAMPLE)) {
            return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReturneeCountData count(String area, int individuals, int females, int males) {
        return new ReturneeCountData(
                PCode.of(area),
                null,
                "Caseload 2026 Q1",
                LocalDate.of(2026, 3, 31),
                individuals,
                null,
                females,
                males,
                null,
                "Programme caseload");
    }

    /** The counts this test stored: the demo data's invented counts are left out. */
    private List<ReturneeCount> countsFor(PCode area) {
        return returnees.countsFor(area).stream()
                .filter(c -> !c.data().source().equals(DEMO_SOURCE))
                .toList();
    }

    private static final String DEMO_SOURCE = "Demo data: invented figures";
}
