package org.reintegration.portal.project;

import java.time.LocalDateTime;
import org.reintegration.portal.project.repository.ProjectRepository;
import org.springframework.stereotype.Component;

/** What changes did to projects, for "what changed" lists; every way of changing a project logs here. */
@Component
class ProjectChangeLog {

    private final ProjectRepository projects;

    ProjectChangeLog(ProjectRepository projects) {
        this.projects = projects;
    }

    /**
     * Logs what a change did to the project, for "what changed" lists: its creation (no {@code before}),
     * or a new status or progress.
     */
    void log(long id, ProjectData before, LocalDateTime at) {
        ProjectData after = projects.find(id).orElseThrow().data();
        if (before == null) {
            projects.addChange(id, ProjectChangeKind.CREATED, after.status().name(), at);
            return;
        }
        if (before.status() != after.status()) {
            projects.addChange(id, ProjectChangeKind.STATUS, after.status().name(), at);
        }
        if (before.progressPercent() != after.progressPercent()) {
            projects.addChange(id, ProjectChangeKind.PROGRESS, String.valueOf(after.progressPercent()), at);
        }
    }
}
