package org.reintegration.portal.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reintegration.portal.monitoring.repository.LessonRepository;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons learned on projects, written down by staff and read again when a new selection round is
 * prepared in the same community.
 */
@Service
public class LessonService {

    /** More projects than one community is expected to have had; their lessons are all read. */
    static final int COMMUNITY_PROJECTS_MAX = 1000;

    private final LessonRepository lessons;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Clock clock;

    LessonService(LessonRepository lessons, ProjectService projects, CurrentUser currentUser, Clock clock) {
        this.lessons = lessons;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A project's lessons, newest first, for those who may see the project. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Lesson> ofProject(long projectId) {
        projects.get(projectId);
        return lessons.ofProjects(List.of(projectId));
    }

    /**
     * Writes down a lesson of a project, dated today and signed with the caller's name.
     *
     * @throws org.reintegration.portal.base.InvalidFieldException ({@code text}) when the text is empty or
     *     too long; nothing is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public List<Lesson> add(long projectId, String text) {
        projects.get(projectId);
        LocalDate today = LocalDate.now(clock);
        String author = currentUser.get().map(PortalUser::displayName).orElse("system");
        Lesson lesson = new Lesson(0, projectId, today, author, text);
        lessons.insert(
                projectId,
                today,
                author,
                lesson.text(),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        return lessons.ofProjects(List.of(projectId));
    }

    /**
     * The lessons of every project of a community the caller may see, newest first: what a team
     * preparing a new round there should read.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CommunityLesson> ofCommunity(long communityId) {
        Map<Long, Project> byId =
                projects.list(ProjectFilter.ALL.withCommunity(communityId), 0, COMMUNITY_PROJECTS_MAX).stream()
                        .collect(Collectors.toMap(Project::id, Function.identity()));
        return lessons.ofProjects(byId.keySet()).stream()
                .map(l -> new CommunityLesson(
                        l.projectId(), byId.get(l.projectId()).data().title(), l))
                .toList();
    }
}
