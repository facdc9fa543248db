package org.reintegration.portal.project.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.Role;

/**
 * The project an initiative became, by the initiative's id: the initiative's page links here, so that
 * initiatives need not know about projects (projects already know about initiatives).
 */
@Route("initiatives/:initiativeId/project")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class InitiativeProjectView extends Div implements BeforeEnterObserver {

    private final ProjectService projects;

    public InitiativeProjectView(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long initiativeId;
        try {
            initiativeId = Long.parseLong(
                    event.getRouteParameters().get("initiativeId").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        long projectId = projects.forInitiative(initiativeId)
                .orElseThrow(NotFoundException::new)
                .id();
        event.forwardTo(ProjectDetailView.class, new RouteParameters("projectId", String.valueOf(projectId)));
    }
}
