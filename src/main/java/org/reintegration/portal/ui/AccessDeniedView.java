package org.reintegration.portal.ui;

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
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(
                "access-denied", "error.access-denied", "error.access-denied.help", HttpServletResponse.SC_FORBIDDEN);
    }
}
