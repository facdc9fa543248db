package org.reintegration.portal.project.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.project.PublicProject;

/**
 * A community's projects for its members, without an account: what was chosen and where it stands.
 * Light enough for a phone.
 */
@Route("public/communities/:communityId/projects")
@AnonymousAllowed
public class CommunityProjectsView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final ProjectService projects;

    public CommunityProjectsView(ProjectService projects) {
        this.projects = projects;
        setMaxWidth("48em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long communityId = event.getRouteParameters().getLong("communityId").orElse(-1L);
        String name = projects.publicCommunityName(communityId).orElse(null);
        if (name == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H2 heading = new H2(getTranslation("projects.public.heading", name));
        heading.setId("community-projects-heading");
        add(heading);
        List<PublicProject> list = projects.publicProjects(communityId);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("projects.public.none")));
        }
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        for (PublicProject project : list) {
            String kind = getTranslation(project.dimension().labelKey())
                    + (project.type() == null
                            ? ""
                            : " — " + getTranslation(project.type().labelKey()));
            H3 title =
                    new H3(project.title() == null ? getTranslation("projects.public.confidential") : project.title());
            ProgressBar progress = new ProgressBar(0, 100, project.progressPercent());
            progress.getElement().setAttribute("aria-label", getTranslation("projects.progress"));
            Span status = new Span(getTranslation(
                            "projects.status." + project.status().name()) + " · "
                    + getTranslation("projects.public.progress", project.progressPercent())
                    + (project.plannedEnd() == null
                            ? ""
                            : " · " + getTranslation("projects.public.until", dates.format(project.plannedEnd()))));
            Div card = new Div(title, new Paragraph(kind), progress, status);
            if (project.chosenByVote()) {
                card.add(new Paragraph(getTranslation("projects.public.chosen")));
            }
            card.addClassName("public-project");
            card.getStyle()
                    .set("padding", "var(--lumo-space-m)")
                    .set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)")
                    .set("width", "100%");
            add(card);
        }
    }

    @Override
    public String pageHeading() {
        return getTranslation("projects.public.title");
    }
}
