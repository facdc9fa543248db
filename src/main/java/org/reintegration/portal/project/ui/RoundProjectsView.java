package org.reintegration.portal.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.selection.round.RoundService;

/**
 * What a round selected, each with one click to make it a project, or a link to the project it became.
 */
@Route("rounds/:roundId/projects")
@RolesAllowed(Role.STAFF_NAME)
public class RoundProjectsView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final RoundService rounds;
    private final InitiativeService initiatives;
    private final ProjectService projects;
    private long roundId;
    final Grid<Initiative> grid = new Grid<>();
    private Map<Long, Project> projectsByInitiative = Map.of();

    public RoundProjectsView(RoundService rounds, InitiativeService initiatives, ProjectService projects) {
        this.rounds = rounds;
        this.initiatives = initiatives;
        this.projects = projects;
        grid.addColumn(i -> i.data().title())
                .setHeader(getTranslation("projects.title"))
                .setFlexGrow(2);
        grid.addColumn(Initiative::communityName)
                .setHeader(getTranslation("projects.place"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::action).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("round-projects");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = event.getRouteParameters().getLong("roundId").orElse(-1L);
        removeAll();
        add(
                new Paragraph(getTranslation(
                        "projects.from-round.help", rounds.get(roundId).name())),
                grid);
        refresh();
    }

    private void refresh() {
        List<Long> onBallot = rounds.ballot(roundId).items().stream()
                .map(item -> item.initiativeId())
                .toList();
        projectsByInitiative =
                projects.list(new ProjectFilter(null, null, null, null, null, roundId, null), 0, 1000).stream()
                        .filter(p -> p.initiativeId() != null)
                        .collect(Collectors.toMap(Project::initiativeId, p -> p));
        grid.setItems(initiatives.getAll(onBallot).stream()
                .filter(i -> i.status() == InitiativeStatus.SELECTED || i.status() == InitiativeStatus.PROJECT)
                .toList());
    }

    private com.vaadin.flow.component.Component action(Initiative initiative) {
        Project project = projectsByInitiative.get(initiative.id());
        if (project != null) {
            return new Anchor("projects/" + project.id(), getTranslation("projects.from-round.open"));
        }
        Button make = new Button(getTranslation("projects.from-round.make"), click -> {
            Project made = projects.createFromInitiative(initiative.id(), roundId);
            Notification.show(getTranslation(
                    "projects.from-round.made", BidiText.isolate(made.data().title())));
            refresh();
        });
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        make.setEnabled(initiative.status() == InitiativeStatus.SELECTED);
        return make;
    }

    @Override
    public String pageHeading() {
        return getTranslation("projects.from-round.title");
    }
}
