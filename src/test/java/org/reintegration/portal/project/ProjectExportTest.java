package org.reintegration.portal.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PortalTest
@Transactional
class ProjectExportTest {

    private static final ProjectFilter PEER = new ProjectFilter(null, null, null, null, null, null, "Peer circle");
    private static final ProjectFilter PEER_BY_AREA = new ProjectFilter(
            org.reintegration.portal.base.PCode.of("GN004004"),
            null,
            org.reintegration.portal.initiative.Dimension.PSYCHOSOCIAL,
            null,
            null,
            null,
            null);

    @Autowired
    ProjectService projects;

    @Autowired
    ThreeWImportService threeW;

    @Autowired
    ProjectExport export;

    @Test
    @WithUserDetails("staff")
    void the_4w_table_reads_back_into_the_same_projects() throws IOException {
        String table =
                Files.readString(Path.of("src/test/resources/interop/projects_3w_dates_corrected_SYNTHETIC.csv"));
        threeW.importThreeW(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "3w.csv");
        ProjectFilter imported = new ProjectFilter(null, null, null, null, "Example Local NGO", null, null);

        String exported = csv(imported);

        assertThat(exported.lines().skip(1).findFirst().orElseThrow())
                .startsWith(
                        "#activity+project+code,#activity+project+name,#org+impl+name,#org+funder+name,#sector+name");
        assertThat(exported)
                .contains("GIN-CBR-002,Fish-drying collective (Mamou),Example Local NGO,Example Donor,"
                        + "Livelihoods,Fish-drying collective,GN007,GN007002,Community 2,9.95,-11.4484,completed,2024-04-01,"
                        + "2025-03-30,1593,659,1572,95000.00,89545.00,USD");
        assertThat(threeW.importThreeW(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)), "4w.csv"))
                .isEqualTo(new ThreeWImportResult("4w.csv", 0, 0, 12));
    }

    @Test
    @WithUserDetails("staff")
    void the_4w_header_row_is_in_the_readers_language_and_the_hashtag_row_and_the_import_stay_the_same()
            throws IOException {
        String english = csv(ProjectFilter.ALL, Locale.ENGLISH);
        String french = csv(ProjectFilter.ALL, Locale.FRENCH);
        String arabic = csv(ProjectFilter.ALL, Locale.of("ar"));

        assertThat(english.lines().findFirst().orElseThrow())
                .startsWith("Project code,Project title,Implementing partner,Funder,Sector,Activity,");
        assertThat(french.lines().findFirst().orElseThrow())
                .startsWith("Code du projet,Titre du projet,Partenaire d’exécution,Bailleur,Secteur,Activité,")
                .doesNotContain("Project", "Funder", "Start date", "Currency");
        assertThat(arabic.lines().findFirst().orElseThrow())
                .startsWith("رمز المشروع,عنوان المشروع,الشريك المنفذ,")
                .doesNotContain("Project", "Funder", "Latitude", "Start date", "Budget", "Currency");
        // the hashtags and every data row are the same whatever the reader's language
        assertThat(french.lines().skip(1).toList())
                .isEqualTo(english.lines().skip(1).toList())
                .isEqualTo(arabic.lines().skip(1).toList());
        List<Project> before = projects.list(ProjectFilter.ALL, 0, ProjectExport.MAX_ROWS);
        assertThat(threeW.importThreeW(new ByteArrayInputStream(arabic.getBytes(StandardCharsets.UTF_8)), "4w.csv"))
                .isEqualTo(new ThreeWImportResult("4w.csv", 0, 0, before.size()));
    }

    @Test
    @WithUserDetails("staff")
    void every_project_has_a_code_and_the_whole_4w_table_imports_back_changing_nothing() throws IOException {
        Project entered = projects.create(ProjectSamples.ongoing("Well without a code", PCode.of("GN004004"), null));
        assertThat(entered.data().code()).isEqualTo("GN-" + LocalDate.now().getYear() + "-" + entered.id());
        List<Project> before = projects.list(ProjectFilter.ALL, 0, ProjectExport.MAX_ROWS);
        assertThat(before).allSatisfy(p -> assertThat(p.data().code()).isNotBlank());

        String exported = csv(ProjectFilter.ALL);
        ThreeWImportResult again =
                threeW.importThreeW(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)), "4w.csv");

        assertThat(again).isEqualTo(new ThreeWImportResult("4w.csv", 0, 0, before.size()));
        assertThat(projects.list(ProjectFilter.ALL, 0, ProjectExport.MAX_ROWS)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("staff")
    void a_projects_code_stays_when_a_change_leaves_the_code_empty() {
        Project entered = projects.create(ProjectSamples.ongoing("Well without a code", PCode.of("GN004004"), null));

        Project changed =
                projects.update(entered.id(), ProjectSamples.ongoing("Well, renamed", PCode.of("GN004004"), null));

        assertThat(changed.data().code()).isEqualTo(entered.data().code());
        assertThat(changed.data().title()).isEqualTo("Well, renamed");
    }

    @Test
    @WithUserDetails("staff")
    void names_that_would_run_as_formulas_are_exported_as_text_and_read_back_unchanged() throws IOException {
        ProjectData d = ProjectSamples.ongoing("x", org.reintegration.portal.base.PCode.of("GN004004"), "HOSTILE-1");
        projects.create(new ProjectData(
                d.code(),
                null,
                d.area(),
                "@Siguiri",
                d.dimension(),
                null,
                "-Livelihoods",
                "=HYPERLINK(\"http://evil.test\",\"Open\")",
                "-2+3 people",
                "+cmd|' /C calc'!A0",
                "'=already behind an apostrophe",
                d.status(),
                d.plannedStart(),
                d.plannedEnd(),
                d.plannedStart(),
                null,
                0,
                false,
                new org.reintegration.portal.base.LatLon(10.38, -9.3),
                false,
                null,
                120,
                40,
                null,
                new BigDecimal("15000"),
                null,
                "USD"));

        String exported = csv(new ProjectFilter(null, null, null, null, null, null, "HYPERLINK"));

        assertThat(exported)
                .contains("HOSTILE-1,\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"Open\"\")\",'+cmd|' /C calc'!A0,"
                        + "''=already behind an apostrophe,'-Livelihoods,'-2+3 people,GN004,GN004004,'@Siguiri,"
                        + "10.38,-9.3,ongoing,")
                .contains(",120,40,,15000");
        assertThat(threeW.importThreeW(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)), "4w.csv"))
                .as("every value read back equals the one stored")
                .isEqualTo(new ThreeWImportResult("4w.csv", 0, 0, 1));
    }

    @Test
    @WithUserDetails("authority")
    void outside_staff_small_counts_read_fewer_than_five_and_a_confidential_project_has_no_point() throws IOException {
        SystemTask.runAsAdministrator(() -> projects.create(ProjectSamples.peerCircle()));

        String exported = csv(PEER_BY_AREA);
        JsonNode geojson = JsonMapper.builder().build().readTree(geoJson(PEER_BY_AREA));

        assertThat(exported.lines().filter(l -> l.startsWith("GN-PSY-1,")).toList())
                .containsExactly("GN-PSY-1,,Local NGO,,Protection,,GN004,GN004004,Siguiri,,,ongoing,"
                        + "2026-01-01,,<5,<5,<5,,,");
        JsonNode feature = peerFeature(geojson);
        assertThat(feature.get("geometry").isNull()).isTrue();
        assertThat(feature.get("properties").get("#targeted+ind").asString()).isEqualTo("<5");
    }

    @Test
    @WithUserDetails("authority")
    void outside_staff_a_confidential_project_has_no_title_type_or_point_in_the_list_the_4w_table_or_geojson()
            throws IOException {
        SystemTask.runAsAdministrator(() -> projects.create(ProjectSamples.withType(
                ProjectSamples.peerCircle(), org.reintegration.portal.initiative.InitiativeType.PEER_SUPPORT_GROUP)));

        Project listed = projects.list(PEER_BY_AREA, 0, 100).stream()
                .filter(p -> "GN-PSY-1".equals(p.data().code()))
                .findFirst()
                .orElseThrow();
        String exported = csv(PEER_BY_AREA);
        JsonNode properties = peerFeature(JsonMapper.builder().build().readTree(geoJson(PEER_BY_AREA)))
                .get("properties");

        assertThat(listed.data().title()).isNull();
        assertThat(listed.data().type()).isNull();
        assertThat(listed.data().location()).isNull();
        assertThat(exported)
                .doesNotContain("Peer circle")
                .doesNotContain("11.42")
                .doesNotContain("PEER_SUPPORT")
                .doesNotContain("peer_support");
        assertThat(properties.get("#activity+project+name").isNull()).isTrue();
        assertThat(properties.toString()).doesNotContain("Peer circle").doesNotContain("peer_support");
        assertThat(projects.list(PEER, 0, 100))
                .as("no search by the hidden title")
                .isEmpty();
        assertThat(projects.count(PEER)).isZero();
    }

    private static JsonNode peerFeature(JsonNode geojson) {
        for (JsonNode feature : geojson.get("features")) {
            if ("GN-PSY-1"
                    .equals(feature.get("properties")
                            .get("#activity+project+code")
                            .asString())) {
                return feature;
            }
        }
        throw new AssertionError("no GN-PSY-1 in " + geojson);
    }

    @Test
    @WithUserDetails("staff")
    void staff_export_the_point_and_the_figures() throws IOException {
        projects.create(ProjectSamples.peerCircle());

        JsonNode feature = JsonMapper.builder()
                .build()
                .readTree(geoJson(PEER))
                .get("features")
                .get(0);

        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(-9.17);
        assertThat(feature.get("properties").get("#targeted+ind").asString()).isEqualTo("3");
    }

    private String csv(ProjectFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeCsv(filter, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String csv(ProjectFilter filter, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeCsv(filter, locale, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String geoJson(ProjectFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeGeoJson(filter, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
