package org.reintegration.portal.home.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route("")
@AnonymousAllowed
public class LandingView extends VerticalLayout {
    public LandingView() {
        add(new H1("Portal"));
    }
}
