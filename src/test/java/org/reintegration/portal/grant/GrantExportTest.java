package org.reintegration.portal.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.grant.GrantSamples.as;
import static org.reintegration.portal.grant.GrantSamples.bd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.pdf.PdfTexts;
import org.reintegration.portal.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class GrantExportTest {

    @Autowired
    GrantService grants;

    @Autowired
    GrantExport export;

    @Autowired
    ProjectService projects;

    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("staff")
    void the_financial_report_workbook_has_budget_against_actual_and_leaves_out_bank_details() throws IOException {
        Grant grant = spentGrant();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        export.writeXlsx(grant.id(), out);

        Map<String, String> parts = unzip(out.toByteArray());
        assertThat(parts.get("xl/workbook.xml"))
                .contains("Summary", "Budget vs actual", "Tranches", "Disbursements", "Expenditure reports");
        String all = String.join("\n", parts.values());
        assertThat(all).contains("Pumps and tools", "Training sessions", "market garden group (test)");
        assertThat(all).doesNotContain("BANK-TEST-001").doesNotContain("+224 600 00 00 00");
        assertThat(all)
                .contains("intact, " + grants.events(grant.id()).size() + " events; latest SHA-256 "
                        + grants.checkTrail(grant.id()).headHash());
    }

    @Test
    @WithUserDetails("staff")
    void the_financial_report_is_also_a_pdf_in_the_reader_language_with_words_instead_of_codes() throws IOException {
        Grant grant = spentGrant();
        for (Locale language : List.of(Locale.of("ar"), Locale.FRENCH, Locale.ENGLISH)) {
            ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n/translations", language);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            export.writePdf(grant.id(), language, out);

            String text = PdfTexts.text(out.toByteArray());
            assertThat(text)
                    .as("the report in %s", language)
                    .contains("market garden group (test) (" + texts.getString("grants.grantee-kind.GROUP") + ")")
                    .contains("1,000,000.00", "600,000.00", "700,000.00")
                    .contains(PdfTexts.oneLine(texts.getString("grants.budget.title")))
                    .contains(PdfTexts.oneLine(texts.getString("grants.status.ACTIVE")))
                    .contains(PdfTexts.oneLine(texts.getString("grants.category.EQUIPMENT")))
                    .contains(PdfTexts.oneLine(texts.getString("grants.disbursement.status.RELEASED")))
                    .contains(PdfTexts.oneLine(texts.getString("grants.report.status.ACCEPTED")))
                    .contains(grants.checkTrail(grant.id()).headHash())
                    .doesNotContain("GROUP", "ACTIVE", "EQUIPMENT", "RELEASED", "ACCEPTED", "BANK-TEST-001");
        }
    }

    @Test
    @WithUserDetails("staff")
    void an_arabic_community_name_reads_whole_in_the_arabic_report_beside_its_amounts() throws IOException {
        long project = GrantSamples.demoProjects(projects, 1).getFirst();
        Grant grant = grants.create(
                withNames(GrantSamples.data(java.util.Set.of(project)), "مطحنة الحبوب 2", "جمعية نساء كندي"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        export.writePdf(grant.id(), Locale.of("ar"), out);

        String text = PdfTexts.text(out.toByteArray());
        assertThat(text)
                .contains("جمعية نساء كندي (مجموعة)")
                .contains("مطحنة الحبوب 2")
                .contains("1,000,000.00")
                .contains("GNF");
    }

    @Test
    @WithUserDetails("staff")
    void the_programme_csv_has_one_row_per_grant_with_what_was_disbursed_and_spent() throws IOException {
        Grant grant = spentGrant();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        export.writeProgrammeCsv(out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).startsWith("grant_id,title,grantee,grantee_kind,status,currency,amount");
        assertThat(lines).hasSize(grants.list(null).size() + 1);
        assertThat(lines)
                .filteredOn(l -> l.startsWith(grant.id() + ","))
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .contains(",ACTIVE,GNF,1000000.00,1000000.00,600000.00,700000.00,2026-09-01,2027-08-31,")
                        .endsWith(",1"));
    }

    @Test
    @WithUserDetails("staff")
    void a_direction_control_in_a_grantee_name_leaves_the_text_after_it_in_order_in_the_pdf() throws IOException {
        long project = GrantSamples.demoProjects(projects, 1).getFirst();
        for (char control : org.reintegration.portal.base.BidiTextTest.CONTROLS) {
            Grant grant = grants.create(withNames(
                    GrantSamples.data(java.util.Set.of(project)), "Dryer " + control + "y", "Coop " + control + "x"));
            // A mark (U+061C, U+200E, U+200F) is printed as a zero-width glyph, which PDFBox orders as a letter
            // of its direction when it reads an Arabic line back; the Arabic report is read for the controls
            // that open or close a direction.
            boolean mark = control == '\u061C' || control == '\u200E' || control == '\u200F';
            for (Locale language : mark ? List.of(Locale.ENGLISH) : List.of(Locale.of("ar"), Locale.ENGLISH)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                export.writePdf(grant.id(), language, out);

                String text = PdfTexts.text(out.toByteArray());
                String kind = ResourceBundle.getBundle("vaadin-i18n/translations", language)
                        .getString("grants.grantee-kind.GROUP");
                // (PDFBox reads "#7" in an Arabic line back as "7#": neutral signs at a change of direction
                // are ambiguous once laid out, so the Arabic report is checked on the name and its kind.)
                assertThat(text)
                        .as("the report in %s for names holding U+%04X", language, (int) control)
                        .contains("Coop x (" + kind + ")")
                        .contains(language.getLanguage().equals("ar") ? "Dryer y" : "#" + grant.id() + " Dryer y");
            }
        }
    }

    @Test
    @WithUserDetails("staff")
    void names_that_would_run_as_formulas_are_text_in_the_csv_and_the_workbook_and_amounts_stay_numbers()
            throws IOException {
        long project = GrantSamples.demoProjects(projects, 1).getFirst();
        Grant grant = grants.create(withNames(
                GrantSamples.data(java.util.Set.of(project)), "=HYPERLINK(\"http://evil.test\",\"Open\")", "@SUM(A1)"));
        grants.addBudgetLine(grant.id(), BudgetLine.of(BudgetCategory.EQUIPMENT, "+cmd|' /C calc'!A0", bd("1000")));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.writeProgrammeCsv(csv);
        assertThat(csv.toString(StandardCharsets.UTF_8).lines())
                .filteredOn(l -> l.startsWith(grant.id() + ","))
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .startsWith(
                                grant.id() + ",\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"Open\"\")\",'@SUM(A1),GROUP,")
                        .contains(",GNF,1000000.00,"));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        export.writeXlsx(grant.id(), xlsx);
        String sheets = String.join("\n", unzip(xlsx.toByteArray()).values());
        assertThat(sheets)
                .as("no cell of the workbook is a formula")
                .doesNotContain("<f>")
                .doesNotContain("<f ");
        assertThat(sheets).contains(" =HYPERLINK(&quot;http://evil.test&quot;", ">@SUM(A1) (GROUP)<", ">+cmd|");
    }

    private static GrantData withNames(GrantData d, String title, String grantee) {
        return new GrantData(
                title,
                d.projectIds(),
                grantee,
                d.granteeKind(),
                d.granteeContact(),
                d.bankReference(),
                d.amount(),
                d.currency(),
                d.cofundingAmount(),
                d.cofundingKind(),
                d.cofundingNote(),
                d.startOn(),
                d.endOn(),
                d.tolerancePercent(),
                d.reportEveryMonths());
    }

    /** An active grant with the first tranche released and the equipment line overspent. */
    private Grant spentGrant() {
        long project = GrantSamples.demoProjects(projects, 1).getFirst();
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        Tranche first = grants.tranches(grant.id()).getFirst();
        Disbursement d = grants.prepareDisbursement(grant.id(), first.id(), first.amount(), null);
        as(users, "staff2", () -> grants.releaseDisbursement(d.id(), "Conditions met ahead of plan"));
        long line = grants.budgetLines(grant.id()).getFirst().id();
        ExpenditureReport r = grants.enterReport(
                grant.id(),
                new ReportData(LocalDate.of(2026, 12, 1), false, null, Map.of(line, bd("700000"))),
                List.of());
        as(users, "staff2", () -> grants.acceptReport(r.id(), null));
        return grant;
    }

    /** The workbook's parts; ZipFile reads the central directory, ZipInputStream refuses streamed entries. */
    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> parts = new HashMap<>();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("grant-report", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (java.util.zip.ZipFile workbook = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(workbook.entries())) {
                    try (var in = workbook.getInputStream(e)) {
                        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return parts;
    }
}
