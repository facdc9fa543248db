package org.reintegration.portal.community.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.interop.csv.CsvReader;
import org.reintegration.portal.interop.hxl.HxlColumn;
import org.reintegration.portal.interop.hxl.HxlReader;
import org.reintegration.portal.interop.hxl.HxlRow;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class ProfileExportTest {

    private static final CommunityFilter EXPORTED = new CommunityFilter(null, "Exportville", false);

    @Autowired
    ProfileExport export;

    @Autowired
    ProfileService profiles;

    @Autowired
    CommunityService communities;

    @Test
    @WithUserDetails("staff")
    void staff_export_the_current_profile_of_each_profiled_community_as_hxl_with_exact_counts() throws IOException {
        long id = community("Exportville centre", "GN004003", new LatLon(10.65, -9.88));
        profiles.record(id, ProfileSamples.profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3));
        profiles.record(id, ProfileSamples.profile(LocalDate.of(2026, 3, 1), TensionLevel.LOW, 55, 3));
        community("Exportville never profiled", "GN004003", null);

        try (HxlReader hxl = hxl(csv(EXPORTED))) {
            assertThat(hxl.table().columns())
                    .extracting(c -> c.tag().toString())
                    .containsExactly(
                            "#loc+name",
                            "#adm1+code",
                            "#adm2+code",
                            "#adm3+code",
                            "#geo+lat",
                            "#geo+lon",
                            "#date+reported",
                            "#meta+method",
                            "#population+total+ind",
                            "#population+total+hh",
                            "#affected+returnees+ind",
                            "#affected+idps+ind",
                            "#population+residents+ind",
                            "#affected+returnees+f",
                            "#affected+returnees+m",
                            "#severity+tension",
                            "#severity+tension+drivers",
                            "#need+name+ranked");
            List<HxlRow> rows = hxl.rows();
            assertThat(rows).hasSize(1);
            List<String> row = rows.getFirst().fields();
            assertThat(row)
                    .containsExactly(
                            "Exportville centre",
                            "GN004",
                            "GN004003",
                            "",
                            "10.65",
                            "-9.88",
                            "2026-03-01",
                            "focus groups",
                            "1200",
                            "180",
                            "58",
                            "",
                            "",
                            "3",
                            "55",
                            "Low",
                            "Competition for jobs",
                            "Water; Jobs for youth");
            HxlColumn returnees = hxl.table().column("#affected+returnees+ind");
            assertThat(rows.getFirst().cell(returnees).value()).isEqualTo("58");
        }
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_gets_small_counts_as_fewer_than_five_and_only_its_own_region() throws IOException {
        SystemTask.runAsAdministrator(() -> {
            long inScope = community("Exportville Kouroussa", "GN004003", null);
            profiles.record(inScope, ProfileSamples.profile(LocalDate.of(2026, 1, 10), TensionLevel.MEDIUM, 40, 3));
            long outside = community("Exportville Kindia", "GN005004", null);
            profiles.record(outside, ProfileSamples.profile(LocalDate.of(2026, 1, 10), TensionLevel.MEDIUM, 40, 3));
        });

        try (HxlReader hxl = hxl(csv(EXPORTED))) {
            List<HxlRow> rows = hxl.rows();
            assertThat(rows).extracting(r -> r.fields().getFirst()).containsExactly("Exportville Kouroussa");
            HxlRow row = rows.getFirst();
            assertThat(row.cell(hxl.table().column("#affected+returnees+f")).value())
                    .isEqualTo("<5");
            // the total is shown as it is; 43 - 40 would give the 3 women away, so the 40 is withheld
            assertThat(row.cell(hxl.table().column("#affected+returnees+m")).value())
                    .isEqualTo("x");
            assertThat(row.cell(hxl.table().column("#affected+returnees+ind")).value())
                    .isEqualTo("43");
        }

        String sheet = sheetXml(xlsx(EXPORTED));
        assertThat(sheet).contains("#affected+returnees+f", "#loc+name", "&lt;5", "Exportville Kouroussa");
        assertThat(sheet).doesNotContain("Exportville Kindia");
    }

    @Test
    @WithUserDetails("staff")
    void the_workbook_has_a_profiles_sheet_with_headers_hashtags_and_numbers() throws IOException {
        long id = community("Exportville workbook", "GN004003", null);
        profiles.record(id, ProfileSamples.profile(LocalDate.of(2026, 3, 1), TensionLevel.LOW, 55, 12));

        byte[] workbook = xlsx(EXPORTED);

        assertThat(entry(workbook, "xl/workbook.xml")).contains("name=\"Profiles\"");
        String sheet = sheetXml(workbook);
        assertThat(sheet).contains("Returnees, female", "#population+total+hh", "Exportville workbook");
        assertThat(sheet).contains("<v>67</v>").doesNotContain("&lt;5");
    }

    @Test
    @WithUserDetails("staff")
    void the_export_reads_in_the_chosen_language_with_the_same_hashtags() throws IOException {
        long id = community("Exportville en français", "GN004003", null);
        profiles.record(id, ProfileSamples.profile(LocalDate.of(2026, 3, 1), TensionLevel.LOW, 55, 3));
        ByteArrayOutputStream french = new ByteArrayOutputStream();
        export.writeCsv(EXPORTED, java.util.Locale.FRENCH, french);
        ByteArrayOutputStream arabic = new ByteArrayOutputStream();
        export.writeCsv(EXPORTED, java.util.Locale.of("ar"), arabic);

        String frenchCsv = french.toString(StandardCharsets.UTF_8);
        assertThat(frenchCsv.lines().findFirst().orElseThrow())
                .startsWith("Communauté,")
                .contains("Méthode");
        assertThat(frenchCsv)
                .contains("groupes de discussion", "Faible", "Concurrence pour l’emploi")
                .doesNotContain("FOCUS_GROUPS", "LOW", "COMPETITION_FOR_JOBS");
        assertThat(arabic.toString(StandardCharsets.UTF_8))
                .contains("مجموعات نقاش مركّزة", "منخفض")
                .doesNotContain("FOCUS_GROUPS", "Method");
        try (HxlReader hxl = hxl(frenchCsv)) {
            assertThat(hxl.table().column("#meta+method")).isNotNull();
            assertThat(hxl.rows().getFirst().fields()).contains("groupes de discussion");
        }
    }

    private long community(String name, String area, LatLon location) {
        return communities
                .create(new CommunityData(name, "fr", PCode.of(area), location, null))
                .community()
                .id();
    }

    private String csv(CommunityFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeCsv(filter, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private byte[] xlsx(CommunityFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeXlsx(filter, out);
        return out.toByteArray();
    }

    private static HxlReader hxl(String csv) throws IOException {
        return HxlReader.of(CsvReader.of(new StringReader(csv)));
    }

    private static String sheetXml(byte[] workbook) throws IOException {
        return entry(workbook, "xl/worksheets/sheet1.xml");
    }

    /** One part of a workbook, with inline strings resolved through the shared strings where used. */
    private static String entry(byte[] workbook, String name) throws IOException {
        // ZipFile reads the central directory; ZipInputStream refuses fastexcel's streamed entries
        Path file = Files.createTempFile("profiles", ".xlsx");
        String shared = "";
        String wanted = null;
        try {
            Files.write(file, workbook);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                wanted = read(zip, name);
                shared = zip.getEntry("xl/sharedStrings.xml") == null ? "" : read(zip, "xl/sharedStrings.xml");
            }
        } finally {
            Files.delete(file);
        }
        assertThat(wanted).as(name).isNotNull();
        // fastexcel keeps text in the shared strings table; look at both together
        return wanted + shared;
    }

    private static String read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
