package org.reintegration.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.reintegration.portal.base.ui.HasPageHeading;

/**
 * The body of an error page inside the portal's frame: what happened in the user's words and where to go next,
 * never an exception's name or trace (those go to the log). The menu of the frame stays, so the user is never
 * stranded on a blank page.
 */
abstract class ErrorPage extends VerticalLayout implements HasPageHeading {

    private String headingKey = "error.unexpected.heading";

    ErrorPage() {
        addClassName("error-page");
        setMaxWidth("40em");
    }

    /**
     * Shows the page and returns the HTTP status to answer with.
     *
     * @param id the heading's id, for tests and links
     */
    protected int show(String id, String headingKey, String helpKey, int status) {
        this.headingKey = headingKey;
        removeAll();
        H2 heading = new H2(getTranslation(headingKey));
        heading.setId(id);
        Anchor home = new Anchor("", getTranslation("error.go-home"));
        home.setId("error-go-home");
        add(heading, new Paragraph(getTranslation(helpKey)), home);
        return status;
    }

    @Override
    public String pageHeading() {
        return getTranslation(headingKey);
    }
}
