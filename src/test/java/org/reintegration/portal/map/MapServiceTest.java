package org.reintegration.portal.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.ADMIN_AREA;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.reintegration.portal.returnees.ReturneeCountData;
import org.reintegration.portal.returnees.ReturneeCountService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The map's data on the demo database: Guinea, counts for two demo rounds, invented populations. */
@PortalTest
@Transactional
class MapServiceTest {

    private static final PCode KANKAN = PCode.of("GN004");
    private static final PCode MANDIANA = PCode.of("GN004004");
    private static final PCode KINDIA = PCode.of("GN005");

    @Autowired
    MapService maps;

    @Autowired
    ReturneeCountService counts;

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
    @WithUserDetails("staff")
    void a_region_holds_the_sum_of_its_prefectures_in_the_latest_period() {
        Choropleth regions = maps.choropleth(1, null, Measure.ABSOLUTE, Classification.QUANTILES);
        Choropleth prefectures = maps.choropleth(2, null, Measure.ABSOLUTE, Classification.QUANTILES);

        assertThat(regions.period()).isEqualTo(regions.periods().getFirst());
        assertThat(regions.periods()).hasSize(2);
        assertThat(regions.values()).hasSize(8);
        assertThat(prefectures.values()).hasSize(34);
        long kankanPrefectures = prefectures.values().stream()
                .filter(v -> v.area().value().startsWith("GN004"))
                .mapToLong(AreaValue::returnees)
                .sum();
        assertThat(byArea(regions).get(KANKAN).returnees()).isEqualTo(kankanPrefectures);
    }

    @Test
    @WithUserDetails("staff")
    void an_earlier_period_shows_its_own_counts() {
        Choropleth latest = maps.choropleth(2, null, Measure.ABSOLUTE, Classification.QUANTILES);
        LocalDate earlier = latest.periods().getLast().end();

        Choropleth first = maps.choropleth(2, earlier, Measure.ABSOLUTE, Classification.QUANTILES);

        assertThat(first.period().end()).isEqualTo(earlier);
        assertThat(first.values())
                .extracting(AreaValue::returnees)
                .isNotEqualTo(latest.values().stream().map(AreaValue::returnees).toList());
        assertThat(counts.countsFor(MANDIANA).stream()
                        .filter(c -> c.data().periodEnd().equals(earlier))
                        .findFirst()
                        .orElseThrow()
                        .data()
                        .individuals())
                .isEqualTo(byArea(first).get(MANDIANA).returnees().intValue());
    }

    @Test
    @WithUserDetails("staff")
    void per_thousand_divides_by_the_population_and_regions_add_up_their_prefectures_inhabitants() {
        Choropleth prefectures = maps.choropleth(2, null, Measure.PER_THOUSAND, Classification.QUANTILES);
        Choropleth regions = maps.choropleth(1, null, Measure.PER_THOUSAND, Classification.NATURAL_BREAKS);

        AreaValue siguiri = byArea(prefectures).get(MANDIANA);
        assertThat(siguiri.value()).isCloseTo(siguiri.returnees() * 1000.0 / siguiri.population(), within());
        long kankanInhabitants = prefectures.values().stream()
                .filter(v -> v.area().value().startsWith("GN004"))
                .mapToLong(AreaValue::population)
                .sum();
        assertThat(byArea(regions).get(KANKAN).population()).isEqualTo(kankanInhabitants);
    }

    @Test
    @WithUserDetails("staff")
    void every_area_lies_in_the_class_its_value_falls_into() {
        for (Classification classification : Classification.values()) {
            Choropleth map = maps.choropleth(2, null, Measure.ABSOLUTE, classification);

            assertThat(map.breaks()).hasSizeBetween(1, MapService.CLASSES).isSorted();
            for (AreaValue value : map.values()) {
                int index = value.classIndex();
                assertThat(value.value()).isLessThanOrEqualTo(map.breaks().get(index));
                if (index > 0) {
                    assertThat(value.value()).isGreaterThan(map.breaks().get(index - 1));
                }
            }
            assertThat(map.breaks().getLast())
                    .isEqualTo(map.values().stream()
                            .mapToDouble(AreaValue::value)
                            .max()
                            .orElseThrow());
        }
    }

    @Test
    @WithUserDetails("authority")
    void outside_staff_a_count_below_five_is_drawn_as_fewer_than_five_without_its_figure() {
        LocalDate later = LocalDate.of(2026, 6, 30);
        SystemTask.runAsAdministrator(() -> counts.record(
                new ReturneeCountData(MANDIANA, null, "Test round", later, 3, null, null, null, null, "test")));

        Choropleth map = maps.choropleth(2, later, Measure.ABSOLUTE, Classification.QUANTILES);

        AreaValue siguiri = byArea(map).get(MANDIANA);
        assertThat(siguiri.fewerThanFive()).isTrue();
        assertThat(siguiri.returnees()).isNull();
        assertThat(siguiri.value()).isNull();
        assertThat(siguiri.classIndex()).isEqualTo(-1);
        // the region's sum is 3 as well: hidden too
        assertThat(byArea(maps.choropleth(1, later, Measure.ABSOLUTE, Classification.QUANTILES))
                        .get(KANKAN)
                        .fewerThanFive())
                .isTrue();
        SystemTask.runAsAdministrator(
                () -> assertThat(byArea(maps.choropleth(2, later, Measure.ABSOLUTE, Classification.QUANTILES))
                                .get(MANDIANA)
                                .returnees())
                        .isEqualTo(3L));
    }

    @Test
    @WithUserDetails("authority")
    void outside_staff_a_region_and_its_prefectures_never_give_a_hidden_count_away() {
        LocalDate later = LocalDate.of(2026, 6, 30);
        SystemTask.runAsAdministrator(() -> {
            counts.record(new ReturneeCountData(MANDIANA, null, "Test round", later, 3, null, null, null, null, "t"));
            counts.record(new ReturneeCountData(
                    PCode.of("GN004001"), null, "Test round", later, 20, null, null, null, null, "t"));
        });
        Map<PCode, AreaValue>[] real = new Map[2];
        SystemTask.runAsAdministrator(() -> {
            real[0] = byArea(maps.choropleth(1, later, Measure.ABSOLUTE, Classification.QUANTILES));
            real[1] = byArea(maps.choropleth(2, later, Measure.ABSOLUTE, Classification.QUANTILES));
        });

        Map<PCode, AreaValue> region = byArea(maps.choropleth(1, later, Measure.ABSOLUTE, Classification.QUANTILES));
        Map<PCode, AreaValue> prefectures =
                byArea(maps.choropleth(2, later, Measure.ABSOLUTE, Classification.QUANTILES));

        List<PCode> kankan = real[1].keySet().stream()
                .filter(p ->
                        p.value().startsWith(KANKAN.value()) && real[1].get(p).returnees() != null)
                .sorted(java.util.Comparator.comparing(PCode::value))
                .toList();
        assertThat(real[0].get(KANKAN).returnees()).isEqualTo(23L);
        assertThat(org.reintegration.portal.security.SubtractionAttack.recovered(
                        Math.toIntExact(real[0].get(KANKAN).returnees()),
                        shown(region.get(KANKAN)),
                        kankan.stream()
                                .map(p -> Math.toIntExact(real[1].get(p).returnees()))
                                .toList(),
                        kankan.stream().map(p -> shown(prefectures.get(p))).toList()))
                .as("a prefecture worked out from Kankan's total")
                .isEmpty();
        assertThat(prefectures.get(MANDIANA).fewerThanFive()).isTrue();
        assertThat(prefectures.get(PCode.of("GN004001")).withheld()).isTrue();
    }

    private static int shown(AreaValue value) {
        if (value.fewerThanFive()) {
            return org.reintegration.portal.security.SmallCounts.FEWER_THAN_FIVE;
        }
        if (value.withheld()) {
            return org.reintegration.portal.security.SmallCounts.WITHHELD;
        }
        return Math.toIntExact(value.returnees());
    }

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
    void a_count_recorded_again_for_an_area_and_date_replaces_the_earlier_one_and_names_the_period() {
        LocalDate later = LocalDate.of(2026, 7, 31);
        SystemTask.runAsAdministrator(() -> {
            counts.record(new ReturneeCountData(MANDIANA, null, "First label", later, 40, null, null, null, null, "t"));
            counts.record(
                    new ReturneeCountData(MANDIANA, null, "Second label", later, 70, null, null, null, null, "t"));
            counts.record(new ReturneeCountData(
                    KINDIA, null, "Second label", later.minusYears(1), 9, null, null, null, null, "t"));
        });

        Choropleth prefectures = maps.choropleth(2, null, Measure.ABSOLUTE, Classification.QUANTILES);

        assertThat(prefectures.period()).isEqualTo(new Period(later, "Second label"));
        assertThat(prefectures.periods())
                .isSortedAccordingTo(java.util.Comparator.comparing(Period::end).reversed());
        assertThat(byArea(prefectures).get(MANDIANA).returnees()).isEqualTo(70L);
        assertThat(prefectures.values())
                .filteredOn(v -> !v.area().equals(MANDIANA))
                .allMatch(v -> v.returnees() == null);
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

    private static Map<PCode, AreaValue> byArea(Choropleth map) {
        return map.values().stream().collect(Collectors.toMap(AreaValue::area, Function.identity()));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
