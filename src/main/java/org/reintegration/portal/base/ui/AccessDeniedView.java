package org.reintegration.portal.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a page shows when a service refuses the object it was opened for (another area's project, say):
 * a plain refusal with status 403, rather than a server error, and nothing of the object.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, HasPageHeading {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        H2 heading = new H2(getTranslation("error.access-denied"));
        heading.setId("access-denied");
        add(heading, new Paragraph(getTranslation("error.access-denied.help")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String pageHeading() {
        return getTranslation("error.access-denied");
    }
}
