package org.reintegration.portal.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.monitoring.CommunityLesson;
import org.reintegration.portal.monitoring.LessonService;
import org.reintegration.portal.security.Role;

/**
 * The lessons learned on every project of a community: what a team preparing a new selection round
 * there reads first. Linked from the round and community pages.
 */
@Route("communities/:communityId/lessons")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class CommunityLessonsView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final CommunityService communities;
    private final LessonService lessons;
    final H2 heading = new H2();
    final UnorderedList list = new UnorderedList();

    public CommunityLessonsView(CommunityService communities, LessonService lessons) {
        this.communities = communities;
        this.lessons = lessons;
        list.setId("community-lessons");
        add(heading, new Paragraph(getTranslation("lessons.community.intro")), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("communityId").orElse(""));
            heading.setText(communities.get(id).data().name());
        } catch (NumberFormatException | InvalidInputException noSuchCommunity) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(lessons.ofCommunity(id));
    }

    private void show(List<CommunityLesson> found) {
        list.removeAll();
        if (found.isEmpty()) {
            list.add(new ListItem(getTranslation("lessons.community.none")));
        }
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (CommunityLesson l : found) {
            Anchor project = new Anchor("projects/" + l.projectId() + "/monitoring", l.projectTitle());
            Span text = new Span(" — " + dates.format(l.lesson().learnedOn()) + ", "
                    + getTranslation("label.colon", BidiText.isolate(l.lesson().author())) + " "
                    + BidiText.isolate(l.lesson().text()));
            list.add(new ListItem(project, text));
        }
    }

    @Override
    public String pageHeading() {
        return getTranslation("lessons.community.title");
    }
}
