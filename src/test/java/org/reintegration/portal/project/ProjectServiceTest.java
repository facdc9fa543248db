package org.reintegration.portal.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reintegration.portal.base.jooq.Tables.INITIATIVE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.initiative.Samples;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class ProjectServiceTest {

    private static final Path FILES = Path.of("src/test/resources/interop");

    @Autowired
    ProjectService projects;

    @Autowired
    ThreeWImportService threeW;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    CommunityService communities;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("staff")
    void a_3w_table_is_imported_once_and_a_changed_row_updates_its_project() throws IOException {
        String table = Files.readString(FILES.resolve("projects_3w_dates_corrected_SYNTHETIC.csv"));

        ThreeWImportResult first = threeW.importThreeW(stream(table), "3w.csv");
        ThreeWImportResult again = threeW.importThreeW(stream(table), "3w.csv");
        ThreeWImportResult changed = threeW.importThreeW(
                stream(table.replace(
                        "GIN-CBR-001,Vocational training centre (Faranah),Example"
                                + " Local NGO,Example Donor,Education,Vocational training centre,planned",
                        "GIN-CBR-001,Vocational training centre (Faranah),Example"
                                + " Local NGO,Example Donor,Education,Vocational training centre,active")),
                "3w.csv");

        assertThat(first.added()).isEqualTo(12);
        assertThat(again).isEqualTo(new ThreeWImportResult("3w.csv", 0, 0, 12));
        assertThat(changed).isEqualTo(new ThreeWImportResult("3w.csv", 0, 1, 11));
        Project faranah = byCode("GIN-CBR-001");
        assertThat(faranah.data().status()).isEqualTo(ProjectStatus.ONGOING);
        assertThat(faranah.data().actualStart()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(faranah.data().dimension()).isEqualTo(Dimension.SOCIAL);
        assertThat(byCode("GIN-CBR-002").data().dimension()).isEqualTo(Dimension.ECONOMIC);
        assertThat(byCode("GIN-CBR-006").data().dimension()).isEqualTo(Dimension.PSYCHOSOCIAL);
        assertThat(byCode("GIN-CBR-002").data().progressPercent()).isEqualTo(100);
    }

    @Test
    @WithUserDetails("staff")
    void the_shared_sample_is_refused_whole_for_its_impossible_dates() throws IOException {
        String table = Files.readString(FILES.resolve("community_projects_3w_SYNTHETIC.csv"));

        assertThatThrownBy(() -> threeW.importThreeW(stream(table), "3w.csv"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .containsExactly(
                                "line 10, column 9 (#date+end): '2025-02-30' is not a date that exists",
                                "line 12, column 9 (#date+end): '2025-02-30' is not a date that exists"));
        assertThat(projects.count(new ProjectFilter(null, null, null, null, null, null, "Fish-drying")))
                .isZero();
    }

    @Test
    @WithUserDetails("staff")
    void a_selected_initiative_becomes_a_project_once_keeping_what_it_was() {
        long community = communityIn("GN004");
        long initiative = initiatives.proposeOnBehalf(Samples.groupBusiness(community), null, "Meeting");
        db.update(INITIATIVE)
                .set(INITIATIVE.STATUS, InitiativeStatus.SELECTED.name())
                .where(INITIATIVE.ID.eq(initiative))
                .execute();

        Project project = projects.createFromInitiative(initiative, null);

        assertThat(project.initiativeId()).isEqualTo(initiative);
        assertThat(project.data().type()).isEqualTo(InitiativeType.GROUP_INCOME_GENERATING);
        assertThat(project.data().communityId()).isEqualTo(community);
        assertThat(project.data().status()).isEqualTo(ProjectStatus.PLANNED);
        assertThat(project.data().budget())
                .isEqualByComparingTo(Samples.groupBusiness(community).costEstimate());
        assertThat(initiatives.get(initiative).status()).isEqualTo(InitiativeStatus.PROJECT);
        assertThatThrownBy(() -> projects.createFromInitiative(initiative, null))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    @WithUserDetails("staff")
    void progress_follows_the_milestones_done_leaving_dropped_ones_out() {
        Project project = projects.create(ProjectSamples.ongoing("Borehole Mandiana", PCode.of("GN004004"), null));

        projects.saveMilestones(
                project.id(),
                List.of(
                        Milestone.of(
                                "Survey",
                                LocalDate.of(2026, 1, 10),
                                LocalDate.of(2026, 1, 8),
                                MilestoneStatus.DONE,
                                null),
                        Milestone.of("Drilling", LocalDate.of(2026, 3, 1), null, MilestoneStatus.IN_PROGRESS, null),
                        Milestone.of("Pump", LocalDate.of(2026, 4, 1), null, MilestoneStatus.PLANNED, null),
                        Milestone.of("Fence", null, null, MilestoneStatus.DROPPED, "not needed")));

        assertThat(projects.get(project.id()).data().progressPercent()).isEqualTo(33);
        assertThat(projects.milestones(project.id()))
                .extracting(Milestone::title)
                .containsExactly("Survey", "Drilling", "Pump", "Fence");
    }

    @Test
    @WithUserDetails("staff")
    void staff_do_not_write_official_comments() {
        long id = projects.create(ProjectSamples.ongoing("Grain mill", PCode.of("GN004004"), null))
                .id();

        assertThatThrownBy(() -> projects.comment(id, "Looks fine")).isInstanceOf(AccessDeniedException.class);
        assertThat(projects.comments(id)).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void dates_that_contradict_and_a_taken_code_are_refused() {
        ProjectData backwards = new ProjectData(
                null,
                null,
                PCode.of("GN004004"),
                "Baro",
                Dimension.SOCIAL,
                null,
                null,
                "Latrines",
                null,
                null,
                null,
                ProjectStatus.PLANNED,
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1),
                null,
                null,
                0,
                false,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> projects.create(backwards))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("plannedEnd"));

        projects.create(ProjectSamples.ongoing("Market stalls", PCode.of("GN004004"), "GN-X-1"));
        assertThatThrownBy(() -> projects.create(ProjectSamples.ongoing("Other", PCode.of("GN004004"), "GN-X-1")))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_sees_the_projects_of_its_areas_only() {
        long[] ids = new long[2];
        SystemTask.runAsAdministrator(() -> {
            ids[0] = projects.create(ProjectSamples.ongoing("Kankan youth workshop", PCode.of("GN004004"), null))
                    .id();
            ids[1] = projects.create(ProjectSamples.ongoing("Kindia youth workshop", PCode.of("GN005001"), null))
                    .id();
        });

        assertThat(projects.list(new ProjectFilter(null, null, null, null, null, null, "youth workshop"), 0, 50))
                .extracting(p -> p.data().title())
                .containsExactly("Kankan youth workshop");
        assertThat(projects.get(ids[0]).data().title()).isEqualTo("Kankan youth workshop");
        assertThatThrownBy(() -> projects.get(ids[1])).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.create(ProjectSamples.ongoing("Sneaky", PCode.of("GN004004"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(projects.comment(ids[0], "  Land title expected in March.  "))
                .singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("Land title expected in March."));
        assertThatThrownBy(() -> projects.comment(ids[1], "Outside my area")).isInstanceOf(AccessDeniedException.class);
    }

    private Project byCode(String code) {
        return projects.list(ProjectFilter.ALL, 0, 10_000).stream()
                .filter(p -> code.equals(p.data().code()))
                .findFirst()
                .orElseThrow();
    }

    private long communityIn(String area) {
        List<Community> found =
                communities.list(new CommunityFilter(PCode.of(area), null, false), CommunitySort.NAME, 0, 1);
        return found.getFirst().id();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
