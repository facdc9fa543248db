package org.reintegration.portal.demo;

import java.time.LocalDate;
import java.util.List;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.InitiativeFilter;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.project.Milestone;
import org.reintegration.portal.project.MilestoneStatus;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.project.ProjectStatus;

/**
 * Demo projects: every initiative the demo results round selected becomes an ongoing project with a
 * few milestones of which the first is done, so that project pages and progress have something to show.
 */
final class DemoProjects {

    private final InitiativeService initiatives;
    private final ProjectService projects;

    DemoProjects(InitiativeService initiatives, ProjectService projects) {
        this.initiatives = initiatives;
        this.projects = projects;
    }

    /** @return the number of projects created */
    int create(long roundId) {
        List<Initiative> selected =
                initiatives.list(new InitiativeFilter(null, null, null, InitiativeStatus.SELECTED, false), 0, 100);
        for (Initiative initiative : selected) {
            Project project = projects.createFromInitiative(initiative.id(), roundId);
            projects.update(
                    project.id(),
                    project.data().withProgress(ProjectStatus.ONGOING, LocalDate.of(2026, 9, 15), null, 0, true));
            projects.saveMilestones(
                    project.id(),
                    List.of(
                            Milestone.of(
                                    "Agreement signed with the community committee (demo)",
                                    LocalDate.of(2026, 9, 30),
                                    LocalDate.of(2026, 9, 24),
                                    MilestoneStatus.DONE,
                                    null),
                            Milestone.of(
                                    "Equipment bought and delivered (demo)",
                                    LocalDate.of(2026, 12, 15),
                                    null,
                                    MilestoneStatus.IN_PROGRESS,
                                    null),
                            Milestone.of(
                                    "Handover and first monitoring visit (demo)",
                                    LocalDate.of(2027, 3, 31),
                                    null,
                                    MilestoneStatus.PLANNED,
                                    null)));
        }
        return selected.size();
    }
}
