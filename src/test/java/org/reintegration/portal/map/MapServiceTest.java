package org.reintegration.portal.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.ADMIN_AREA;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityPoint;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.community.profile.ProfileSamples;
import org.reintegration.portal.community.profile.ProfileService;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.geo.AreaShape;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.project.ProjectData;
import org.reintegration.portal.project.ProjectExport;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectPoint;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.project.ProjectStatus;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map's layers and search on the demo database: what a local authority gets, confidential projects, gaps, the
 * project filters, outlines. The returnee figures are in {@link ChoroplethTest}.
 */
@PortalTest
@Transactional
class MapServiceTest {

    private static final PCode KANKAN = PCode.of("GN004");
    private static final PCode MANDIANA = PCode.of("GN004004");
    private static final PCode KINDIA = PCode.of("GN005");

    @Autowired
    MapService maps;

    @Autowired
    CommunityService communities;

    @Autowired
    ProfileService profiles;

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectExport export;

    @Autowired
    AdminAreaService areas;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("authority")
    void a_local_authority_gets_only_its_region_in_every_layer() {
        assertThat(maps.choropleth(1, null, Measure.ABSOLUTE, Classification.QUANTILES)
                        .values())
                .extracting(AreaValue::area)
                .containsExactly(KANKAN);
        assertThat(maps.choropleth(2, null, Measure.ABSOLUTE, Classification.QUANTILES)
                        .values())
                .allMatch(v -> v.area().value().startsWith("GN004"));
        assertThat(maps.shapes(2, 6)).allMatch(s -> s.area().pcode().value().startsWith("GN004"));
        assertThat(maps.communities())
                .isNotEmpty()
                .allMatch(c -> c.area().value().startsWith("GN004"));
        assertThat(maps.projects(ProjectFilter.ALL))
                .allMatch(p -> p.area().value().startsWith("GN004"));
        assertThat(maps.gaps(new GapThresholds(TensionLevel.LOW, 0)))
                .allMatch(c -> c.area().value().startsWith("GN004"));
        assertThat(maps.search("Kindia", Locale.ENGLISH, 10)).isEmpty();
        assertThat(maps.search("Mandiana", Locale.ENGLISH, 10))
                .extracting(Place::key)
                .contains(MANDIANA.value());
        assertThat(maps.scopeBounds()).isPresent();
    }

    @Test
    @WithUserDetails("staff")
    void staff_search_every_area_ignoring_case_and_accents_and_see_the_whole_country() {
        assertThat(maps.search("kindia", Locale.ENGLISH, 10))
                .extracting(Place::key)
                .contains(KINDIA.value());
        long id = communities
                .create(new CommunityData("Kérouané Centre", "fr", PCode.of("GN004002"), new LatLon(9.27, -9.0), null))
                .community()
                .id();
        assertThat(maps.search("KEROUANE", Locale.FRENCH, 20))
                .anyMatch(p -> p.kind() == Place.Kind.COMMUNITY && p.key().equals(String.valueOf(id)));
        assertThat(maps.scopeBounds()).isEmpty();
    }

    @Test
    @WithUserDetails("authority")
    void outside_staff_a_confidential_project_sits_at_its_community_without_title() {
        long community = SystemTask.callAsAdministrator(() -> communities
                .create(new CommunityData("Test village", "fr", MANDIANA, new LatLon(11.40, -9.20), null))
                .community()
                .id());
        long project = SystemTask.callAsAdministrator(
                () -> projects.create(ProjectSamples.inCommunity(ProjectSamples.peerCircle(), community, true))
                        .id());

        ProjectPoint seen = point(project);

        assertThat(seen.title()).isNull();
        assertThat(seen.atCommunity()).isTrue();
        assertThat(seen.location()).isEqualTo(new LatLon(11.40, -9.20));
        assertThat(projects.get(project).data().location()).isNull();
        ProjectPoint forStaff = SystemTask.callAsAdministrator(() -> point(project));
        assertThat(forStaff.title()).isEqualTo("Peer circle for returnees");
        assertThat(forStaff.location()).isEqualTo(new LatLon(11.42, -9.17));
    }

    @Test
    @WithUserDetails("staff")
    void a_tense_community_with_many_returnees_is_a_gap_until_a_project_is_planned_there() {
        long community = communities
                .create(new CommunityData("Gap village", "fr", MANDIANA, new LatLon(11.3, -9.3), null))
                .community()
                .id();
        // 1,200 inhabitants, 300 returnees: a quarter
        profiles.record(community, ProfileSamples.profile(LocalDate.of(2026, 3, 1), TensionLevel.HIGH, 150, 150));

        assertThat(gapIds(GapThresholds.DEFAULT)).contains(community);
        assertThat(gapIds(new GapThresholds(TensionLevel.HIGH, 0.30))).doesNotContain(community);

        ProjectData planned = ProjectSamples.inCommunity(
                ProjectSamples.ongoing("Market stalls", MANDIANA, "GAP-1"), community, false);
        long project = projects.create(planned).id();
        assertThat(gapIds(GapThresholds.DEFAULT)).doesNotContain(community);

        projects.update(project, ProjectSamples.withStatus(planned, ProjectStatus.COMPLETED));
        assertThat(gapIds(GapThresholds.DEFAULT)).contains(community);
        // a map showing communities and gaps reads the communities once, with the same gaps
        assertThat(maps.gaps(GapThresholds.DEFAULT, maps.communities())).isEqualTo(maps.gaps(GapThresholds.DEFAULT));
    }

    @Test
    @WithUserDetails("staff")
    void the_map_filters_choose_the_projects_and_the_exported_rows() throws IOException {
        projects.create(ProjectSamples.ongoing("Filter check alpha", MANDIANA, "MAP-A"));
        ProjectData psychosocial = ProjectSamples.peerCircle();
        projects.create(psychosocial);
        ProjectFilter economic2026 = new ProjectFilter(
                null,
                null,
                Dimension.ECONOMIC,
                null,
                "Local NGO",
                null,
                null,
                null,
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 30));

        List<ProjectPoint> points = maps.projects(economic2026);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.writeCsv(economic2026, csv);

        assertThat(points).allMatch(p -> p.dimension() == Dimension.ECONOMIC);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("MAP-A").doesNotContain("GN-PSY-1");
        ProjectFilter before2026 =
                new ProjectFilter(null, null, null, null, null, null, null, null, null, LocalDate.of(2025, 12, 31));
        ByteArrayOutputStream early = new ByteArrayOutputStream();
        export.writeCsv(before2026, early);
        assertThat(early.toString(StandardCharsets.UTF_8)).doesNotContain("MAP-A");
    }

    private List<Long> gapIds(GapThresholds thresholds) {
        return maps.gaps(thresholds).stream().map(CommunityPoint::id).toList();
    }

    private ProjectPoint point(long id) {
        return maps.projects(ProjectFilter.ALL).stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("staff")
    void outlines_are_the_stored_ones_simplified_and_follow_an_outline_stored_again() {
        double tolerance = MapService.toleranceForZoom(6);
        List<String> expected = areas.shapesForMap(2).stream()
                .map(s -> GeometrySimplifier.simplify(s.geometryJson(), tolerance))
                .toList();
        assertThat(maps.shapes(2, 6)).extracting(AreaShape::geometryJson).containsExactlyElementsOf(expected);
        assertThat(maps.shapes(2, 6)).extracting(AreaShape::geometryJson).containsExactlyElementsOf(expected);

        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[-9,10],[-8,10],[-8,11],[-9,11],[-9,10]]]}";
        db.update(ADMIN_AREA)
                .set(ADMIN_AREA.GEOMETRY, square)
                .set(ADMIN_AREA.UPDATED_AT, java.time.LocalDateTime.of(2031, 1, 1, 0, 0))
                .where(ADMIN_AREA.PCODE.eq(MANDIANA.value()))
                .execute();

        assertThat(maps.shapes(2, 6))
                .filteredOn(s -> s.area().pcode().equals(MANDIANA))
                .extracting(AreaShape::geometryJson)
                .containsExactly(GeometrySimplifier.simplify(square, tolerance));
    }
}
