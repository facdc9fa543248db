package org.reintegration.portal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other failure while a page opens: an apology inside the frame with status 500. The exception goes to the
 * log only; Vaadin's default page would print its name (and in development its trace) to the user.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error(
                "Opening {} failed", event.getLocation().getPathWithQueryParameters(), parameter.getCaughtException());
        return show(
                "server-error",
                "error.unexpected.heading",
                "error.unexpected",
                HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
}
