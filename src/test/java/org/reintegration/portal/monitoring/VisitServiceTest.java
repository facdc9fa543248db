package org.reintegration.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class VisitServiceTest {

    @Autowired
    VisitService visits;

    @Autowired
    LessonService lessons;

    @Autowired
    ProjectService projects;

    @Autowired
    CommunityService communities;

    @Autowired
    Clock clock;

    private long project(String title, String area) {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(() -> id[0] = projects.create(ProjectSamples.ongoing(title, PCode.of(area), null))
                .id());
        return id[0];
    }

    private static VisitData visit(LocalDate on) {
        return new VisitData(on, "M. Bah", "The mill runs; the committee keeps accounts.", TensionLevel.LOW);
    }

    @Test
    @WithUserDetails("staff")
    void a_visit_keeps_its_findings_tension_follow_ups_and_photos() {
        long projectId = project("Grain mill", "GN004004");

        Visit visit = visits.record(
                projectId,
                visit(LocalDate.of(2026, 3, 2)),
                List.of(
                        FollowUp.open("Repair the roof", LocalDate.of(2026, 4, 1)),
                        FollowUp.open("Train the treasurer", null)));
        visits.setFollowUpStatus(visit.followUps().getFirst().id(), FollowUpStatus.DONE);
        Visit withPhoto = visits.addPhoto(visit.id(), "mill.png", VisitPhotoTest.PNG);

        assertThat(visits.ofProject(projectId)).singleElement().isEqualTo(withPhoto);
        assertThat(withPhoto.data().tension()).isEqualTo(TensionLevel.LOW);
        assertThat(withPhoto.followUps())
                .extracting(FollowUp::action, FollowUp::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Repair the roof", FollowUpStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple("Train the treasurer", FollowUpStatus.OPEN));
        assertThat(withPhoto.followUps().getFirst().doneOn()).isNotNull();
        PhotoInfo photo = withPhoto.photos().getFirst();
        assertThat(visits.photo(photo.id()).bytes()).isEqualTo(VisitPhotoTest.PNG);
    }

    @Test
    @WithUserDetails("staff")
    void a_stored_visit_photo_has_no_gps_position_and_still_decodes() throws Exception {
        long projectId = project("Grain mill", "GN004004");
        Visit visit = visits.record(projectId, visit(LocalDate.of(2026, 3, 2)), List.of());

        Visit withPhoto =
                visits.addPhoto(visit.id(), "home.jpg", org.reintegration.portal.base.TestImages.jpegWithGps());

        byte[] stored = visits.photo(withPhoto.photos().getFirst().id()).bytes();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif")
                .doesNotContain(org.reintegration.portal.base.TestImages.XMP_MARK);
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored))
                        .getWidth())
                .isEqualTo(16);
    }

    @Test
    @WithUserDetails("staff")
    void a_photo_whose_content_does_not_match_its_name_is_refused_and_not_stored() {
        long projectId = project("Grain mill", "GN004004");
        Visit visit = visits.record(projectId, visit(LocalDate.of(2026, 3, 2)), List.of());

        assertThatThrownBy(() -> visits.addPhoto(visit.id(), "mill.webp", VisitPhotoTest.JPEG))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> visits.addPhoto(visit.id(), "notes.jpg", "just text".getBytes()))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(visits.ofProject(projectId).getFirst().photos()).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void a_visit_in_the_future_is_refused() {
        long projectId = project("Grain mill", "GN004004");

        assertThatThrownBy(() ->
                        visits.record(projectId, visit(LocalDate.now(clock).plusDays(3)), List.of()))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("visitedOn"));
        assertThat(visits.ofProject(projectId)).isEmpty();
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_reads_visits_in_its_areas_only_and_records_none() {
        long inside = project("Kankan grain mill", "GN004004");
        long outside = project("Kindia grain mill", "GN005001");
        SystemTask.runAsAdministrator(() -> {
            visits.record(inside, visit(LocalDate.of(2026, 3, 2)), List.of());
            visits.record(outside, visit(LocalDate.of(2026, 3, 2)), List.of());
        });

        assertThat(visits.ofProject(inside)).hasSize(1);
        assertThatThrownBy(() -> visits.ofProject(outside)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visits.record(inside, visit(LocalDate.of(2026, 3, 3)), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("staff")
    void lessons_of_a_communitys_projects_are_read_together_newest_first() {
        long[] ids = new long[2];
        SystemTask.runAsAdministrator(() -> {
            long community = communities
                    .create(new CommunityData("Siguiri centre", "fr", PCode.of("GN004004"), null, null))
                    .community()
                    .id();
            ids[0] = community;
            ids[1] = projects.create(ProjectSamples.inCommunity(
                            ProjectSamples.ongoing("Grain mill", PCode.of("GN004004"), null), community, false))
                    .id();
        });
        long elsewhere = project("Kindia grain mill", "GN005001");

        lessons.add(ids[1], "  Agree on the mill's opening hours with both groups first.  ");
        lessons.add(elsewhere, "Not a lesson of Siguiri.");

        assertThat(lessons.ofProject(ids[1])).singleElement().satisfies(l -> {
            assertThat(l.text()).isEqualTo("Agree on the mill's opening hours with both groups first.");
            assertThat(l.author()).contains("Mamadou Bah");
        });
        assertThat(lessons.ofCommunity(ids[0])).singleElement().satisfies(l -> assertThat(l.projectTitle())
                .isEqualTo("Grain mill"));
        assertThatThrownBy(() -> lessons.add(ids[1], "   ")).isInstanceOf(InvalidFieldException.class);
        assertThat(lessons.ofProject(ids[1])).hasSize(1);
    }
}
