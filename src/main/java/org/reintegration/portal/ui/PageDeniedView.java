package org.reintegration.portal.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in user sees when their role may not open a page at all (a local authority on a grant, say):
 * a refusal with status 403 inside the frame, whose menu shows the pages that are theirs. Vaadin's default would
 * pass this off as a missing page with no menu. Whether the object behind the address exists is not revealed:
 * the role check runs before any view looks it up.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PageDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(
                "access-denied", "error.access-denied", "error.access-denied.role", HttpServletResponse.SC_FORBIDDEN);
    }
}
