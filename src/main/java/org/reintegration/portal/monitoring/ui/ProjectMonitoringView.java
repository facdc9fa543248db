package org.reintegration.portal.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.monitoring.IndicatorService;
import org.reintegration.portal.monitoring.LessonService;
import org.reintegration.portal.monitoring.VisitService;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;

/**
 * Monitoring of one project: its indicators with actuals and progress against target, monitoring visits
 * with follow-ups and photos, and lessons learned. Staff record; local authorities read those of their
 * areas.
 */
@Route("projects/:projectId/monitoring")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class ProjectMonitoringView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final ProjectService projects;
    private final IndicatorService indicators;
    private final VisitService visits;
    private final LessonService lessons;
    private final boolean staff;
    private final Clock clock;
    final H2 heading = new H2();
    IndicatorSection indicatorSection;
    VisitSection visitSection;
    LessonSection lessonSection;

    public ProjectMonitoringView(
            ProjectService projects,
            IndicatorService indicators,
            VisitService visits,
            LessonService lessons,
            CurrentUser currentUser,
            Clock clock) {
        this.projects = projects;
        this.indicators = indicators;
        this.visits = visits;
        this.lessons = lessons;
        this.staff = currentUser.hasRole(Role.STAFF);
        this.clock = clock;
        heading.setId("monitoring-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Project project;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("projectId").orElse(""));
            project = projects.get(id);
        } catch (NumberFormatException | InvalidInputException noSuchProject) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        long id = project.id();
        removeAll();
        heading.setText(
                project.data().title() == null
                        ? getTranslation("projects.public.confidential")
                        : project.data().title());
        Anchor back = new Anchor("projects/" + id, getTranslation("monitoring.back-to-project"));
        HorizontalLayout links = new HorizontalLayout(back);
        if (staff) {
            Anchor iati = new Anchor("export/iati/projects/" + id + ".xml", getTranslation("monitoring.export-iati"));
            iati.setRouterIgnore(true);
            iati.setId("export-iati");
            links.add(iati);
        }
        if (project.data().communityId() != null) {
            links.add(new Anchor(
                    "communities/" + project.data().communityId() + "/lessons",
                    getTranslation("lessons.of-community")));
        }
        links.setWrap(true);
        indicatorSection = new IndicatorSection(indicators, id, staff, this::today, () -> indicators.ofProject(id));
        visitSection = new VisitSection(visits, id, staff, this::today);
        lessonSection = new LessonSection(lessons, id, staff);
        add(heading, links);
        add(new H3(getTranslation("indicators.title")), indicatorSection);
        add(new H3(getTranslation("visits.title")), visitSection);
        add(new H3(getTranslation("lessons.title")), lessonSection);
        indicatorSection.refresh();
        visitSection.refresh();
        lessonSection.refresh();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public String pageHeading() {
        return getTranslation("monitoring.title");
    }
}
