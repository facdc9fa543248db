package org.reintegration.portal.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
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

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectExport export;

    @Test
    @WithUserDetails("staff")
    void the_4w_table_reads_back_into_the_same_projects() throws IOException {
        String table =
                Files.readString(Path.of("src/test/resources/interop/projects_3w_dates_corrected_SYNTHETIC.csv"));
        projects.importThreeW(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "3w.csv");
        ProjectFilter imported = new ProjectFilter(null, null, null, null, "Example Local NGO", null, null);

        String exported = csv(imported);

        assertThat(exported.lines().skip(1).findFirst().orElseThrow())
                .startsWith(
                        "#activity+project+code,#activity+project+name,#org+impl+name,#org+funder+name,#sector+name");
        assertThat(exported)
                .contains("GIN-CBR-002,Fish-drying collective (Mamou),Example Local NGO,Example Donor,"
                        + "Livelihoods,Fish-drying collective,GN007,GN007002,Community 2,9.95,-11.4484,completed,2024-04-01,"
                        + "2025-03-30,1593,659,1572,95000.00,89545.00,USD");
        assertThat(projects.importThreeW(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)), "4w.csv"))
                .isEqualTo(new ThreeWImportResult("4w.csv", 0, 0, 12));
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
        assertThat(projects.importThreeW(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)), "4w.csv"))
                .as("every value read back equals the one stored")
                .isEqualTo(new ThreeWImportResult("4w.csv", 0, 0, 1));
    }

    @Test
    @WithUserDetails("authority")
    void outside_staff_small_counts_read_fewer_than_five_and_a_confidential_project_has_no_point() throws IOException {
        SystemTask.runAsAdministrator(() -> projects.create(ProjectSamples.peerCircle()));

        String exported = csv(PEER);
        JsonNode geojson = JsonMapper.builder().build().readTree(geoJson(PEER));

        assertThat(exported.lines().toList().getLast())
                .isEqualTo("GN-PSY-1,Peer circle for returnees,Local NGO,,Protection,,GN004,GN004004,Siguiri,,,ongoing,"
                        + "2026-01-01,,<5,<5,<5,,,");
        JsonNode feature = geojson.get("features").get(0);
        assertThat(feature.get("geometry").isNull()).isTrue();
        assertThat(feature.get("properties").get("#targeted+ind").asString()).isEqualTo("<5");
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

    private String geoJson(ProjectFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeGeoJson(filter, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
