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
 * An address whose id is not an id ({@code communities/abc}: a {@link NumberFormatException} while a view reads
 * it) or names nothing a service knows (services answer an unknown id with an {@link IllegalArgumentException}):
 * for the user both are a page that does not exist, status 404, never the exception's name.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class MalformedAddressView extends ErrorPage implements HasErrorParameter<IllegalArgumentException> {

    private static final Logger log = LoggerFactory.getLogger(MalformedAddressView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<IllegalArgumentException> parameter) {
        log.debug(
                "No page at {}: {}",
                event.getLocation().getPathWithQueryParameters(),
                parameter.getException().toString());
        return show("not-found", "error.not-found", "error.not-found.help", HttpServletResponse.SC_NOT_FOUND);
    }
}
