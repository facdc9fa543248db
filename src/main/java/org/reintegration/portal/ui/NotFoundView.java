package org.reintegration.portal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** An address that leads nowhere, or to an object that does not exist: status 404 inside the frame. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show("not-found", "error.not-found", "error.not-found.help", HttpServletResponse.SC_NOT_FOUND);
    }
}
