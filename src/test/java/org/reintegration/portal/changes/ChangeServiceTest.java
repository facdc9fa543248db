package org.reintegration.portal.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.community.profile.ProfileSamples;
import org.reintegration.portal.community.profile.ProfileService;
import org.reintegration.portal.initiative.InitiativeComments;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.Samples;
import org.reintegration.portal.project.Milestone;
import org.reintegration.portal.project.MilestoneStatus;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.project.ProjectStatus;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class ChangeServiceTest {

    @Autowired
    ChangeService changes;

    @Autowired
    ProjectService projects;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    InitiativeComments initiativeComments;

    @Autowired
    CommunityService communities;

    @Autowired
    ProfileService profiles;

    @Test
    @WithUserDetails("authority")
    void a_local_authority_sees_what_changed_in_its_areas_since_its_last_visit_and_nothing_else()
            throws InterruptedException {
        changes.recordVisit();
        Thread.sleep(5); // changes count when they come after the visit's millisecond
        SystemTask.runAsAdministrator(() -> {
            Project kankan = projects.create(ProjectSamples.ongoing("Kankan bakery", PCode.of("GN004004"), null));
            projects.create(ProjectSamples.ongoing("Kindia bakery", PCode.of("GN005001"), null));
            projects.saveMilestones(
                    kankan.id(),
                    List.of(
                            Milestone.of("Oven bought", null, LocalDate.of(2026, 3, 1), MilestoneStatus.DONE, null),
                            Milestone.of("Shop open", null, null, MilestoneStatus.PLANNED, null)));
            projects.update(
                    kankan.id(),
                    projects.get(kankan.id()).data().withProgress(ProjectStatus.SUSPENDED, null, null, 50, true));
        });

        ChangeDigest digest = changes.sinceLastVisit();

        assertThat(digest.firstVisit()).isFalse();
        assertThat(digest.changes()).extracting(Change::subject).doesNotContain("Kindia bakery");
        assertThat(digest.changes())
                .filteredOn(c -> c.subject().equals("Kankan bakery"))
                .extracting(Change::kind, Change::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.PROJECT_STATUS, "SUSPENDED"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.PROJECT_PROGRESS, "50"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.MILESTONE_DONE, "Oven bought"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.PROJECT_NEW, "ONGOING"));
        assertThat(digest.changes()).allSatisfy(c -> assertThat(c.at()).isAfter(digest.since()));
        Change first = digest.changes().stream()
                .filter(c -> c.subject().equals("Kankan bakery"))
                .findFirst()
                .orElseThrow();
        assertThat(first.link()).startsWith("projects/");

        changes.recordVisit();
        assertThat(changes.sinceLastVisit().changes()).isEmpty();
    }

    @Test
    @WithUserDetails("authority")
    void official_comments_on_projects_and_initiatives_are_listed_with_their_author() throws InterruptedException {
        long[] ids = new long[2];
        SystemTask.runAsAdministrator(() -> {
            ids[0] = projects.create(ProjectSamples.ongoing("Kankan well", PCode.of("GN004004"), null))
                    .id();
            long community = communities
                    .list(new CommunityFilter(PCode.of("GN004"), null, false), CommunitySort.NAME, 0, 1)
                    .getFirst()
                    .id();
            ids[1] = initiatives.proposeOnBehalf(Samples.waterPoint(community), null, "Meeting of 3 March");
        });
        changes.recordVisit();
        Thread.sleep(5);
        projects.comment(ids[0], "Land title by March.");
        initiativeComments.comment(ids[1], "The commune endorses it.");

        assertThat(changes.sinceLastVisit().changes())
                .extracting(Change::kind, Change::link)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.INITIATIVE_COMMENT, "initiatives/" + ids[1]),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.PROJECT_COMMENT, "projects/" + ids[0]));
        assertThat(changes.sinceLastVisit().changes())
                .allSatisfy(c -> assertThat(c.detail()).endsWith(", Kankan Regional Governorate, Planning"));
    }

    @Test
    @WithUserDetails("staff")
    void staff_see_changes_in_every_area() throws InterruptedException {
        changes.recordVisit();
        Thread.sleep(5);
        projects.create(ProjectSamples.ongoing("Kindia mill", PCode.of("GN005001"), null));
        projects.create(ProjectSamples.ongoing("Kankan mill", PCode.of("GN004004"), null));

        assertThat(changes.sinceLastVisit().changes())
                .extracting(Change::subject)
                .containsExactly("Kankan mill", "Kindia mill");
    }

    @Test
    @WithUserDetails("staff2")
    void a_first_visit_shows_the_last_30_days_with_rounds_results_and_profiles() {
        ChangeDigest digest = changes.sinceLastVisit();

        assertThat(digest.firstVisit()).isTrue();
        assertThat(digest.changes())
                .extracting(Change::kind)
                .contains(
                        ChangeKind.PROJECT_NEW,
                        ChangeKind.ROUND_PHASE,
                        ChangeKind.ROUND_RESULTS,
                        ChangeKind.PROFILE_NEW);
        assertThat(digest.changes())
                .filteredOn(c -> c.kind() == ChangeKind.ROUND_PHASE)
                .allSatisfy(c -> assertThat(c.detail()).isIn("PROPOSALS", "REVIEW", "VOTING", "RESULTS", "CLOSED"));
    }

    @Test
    @WithUserDetails("authority")
    void the_count_waits_in_the_navigation_only_for_those_who_subscribe() throws InterruptedException {
        changes.recordVisit();
        assertThat(changes.waitingCount()).isEmpty();

        changes.setSubscribed(true);
        assertThat(changes.waitingCount()).contains(0);
        Thread.sleep(5);
        SystemTask.runAsAdministrator(
                () -> projects.create(ProjectSamples.ongoing("Kankan tailors", PCode.of("GN004004"), null)));
        assertThat(changes.waitingCount()).contains(1);
        assertThat(changes.sinceLastVisit().subscribed()).isTrue();

        changes.setSubscribed(false);
        assertThat(changes.waitingCount()).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void nobody_without_an_account_reads_changes() {
        assertThatThrownBy(() -> changes.sinceLastVisit()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> changes.recordVisit()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("staff")
    void a_new_profile_names_only_what_changed_from_the_one_before_incidents_included() throws InterruptedException {
        long id = communities
                .create(new org.reintegration.portal.community.CommunityData(
                        "Komodou", "fr", PCode.of("GN004004"), null, null))
                .community()
                .id();
        var first = ProfileSamples.profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3);
        profiles.record(id, first);
        Thread.sleep(5);
        profiles.record(
                id,
                ProfileSamples.withIncidents(
                        ProfileSamples.profile(LocalDate.of(2026, 3, 1), TensionLevel.HIGH, 40, 3),
                        "Two families quarrelled over a plot"));

        List<Change> forCommunity = changes.sinceLastVisit().changes().stream()
                .filter(c -> c.link().equals("communities/" + id))
                .toList();

        assertThat(forCommunity)
                .extracting(Change::detail)
                .containsExactly("incidents", null); // newest first; the first profile has nothing to compare
    }
}
