package org.reintegration.portal.project.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectService;

/** Opens the project form from the list (a new project) and from a project's page (a change). */
@SpringComponent
class ProjectFormOpener {

    private final ProjectService projects;
    private final CommunityService communities;
    private final AdminAreaService areas;
    private final InitiativeService initiatives;

    ProjectFormOpener(
            ProjectService projects,
            CommunityService communities,
            AdminAreaService areas,
            InitiativeService initiatives) {
        this.projects = projects;
        this.communities = communities;
        this.areas = areas;
        this.initiatives = initiatives;
    }

    /** @param existing the project to change, or null for a new one */
    void open(Project existing, Consumer<Project> onSaved) {
        List<AdminArea> choices = new ArrayList<>();
        for (int level = 1; level <= 3; level++) {
            choices.addAll(areas.listAreas(level));
        }
        ProjectForm form = new ProjectForm(projects, communities, choices, initiatives.currency(), existing, onSaved);
        form.open();
    }
}
