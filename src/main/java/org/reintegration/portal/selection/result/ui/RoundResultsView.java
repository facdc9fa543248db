package org.reintegration.portal.selection.result.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.selection.result.ResultService;

/** Staff compute (and recompute) a round's results, see them with full counts and export the round. */
@Route("rounds/:roundId/results")
@RolesAllowed(Role.STAFF_NAME)
public class RoundResultsView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final ResultService results;
    private long roundId;

    final Button compute = new Button();
    final Paragraph message = new Paragraph();
    final Div content = new Div();

    public RoundResultsView(ResultService results) {
        this.results = results;
        setMaxWidth("64em");
        compute.setText(getTranslation("results.compute"));
        compute.setId("compute-results");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compute.addClickListener(click -> compute());
        message.setId("results-message");
        content.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = event.getRouteParameters().getLong("roundId").orElse(-1L);
        Anchor publicPage = new Anchor("public/rounds/" + roundId + "/results", getTranslation("results.public-link"));
        publicPage.setRouterIgnore(true); // a public page in plain HTML, not a view of this application
        // written by interop's Pabulib writer, which this capability cannot call (it depends on the outcome model)
        Anchor export = new Anchor("export/rounds/" + roundId + ".pb", getTranslation("results.export"));
        export.setRouterIgnore(true);
        export.setId("export-pabulib");
        export.getElement().setAttribute("download", true);
        export.setTitle(getTranslation("results.export.shareable"));
        Anchor fullExport = new Anchor("export/rounds/" + roundId + "-full.pb", getTranslation("results.export.full"));
        fullExport.setRouterIgnore(true);
        fullExport.setId("export-pabulib-full");
        fullExport.getElement().setAttribute("download", true);
        // the projects capability owns that page; a link keeps this one free of it
        Anchor toProjects = new Anchor("rounds/" + roundId + "/projects", getTranslation("results.to-projects"));
        toProjects.setId("results-to-projects");
        removeAll();
        HorizontalLayout links = new HorizontalLayout(compute, export, fullExport, publicPage, toProjects);
        links.setWrap(true);
        add(links, message, content);
        show();
    }

    private void compute() {
        try {
            results.computeResults(roundId);
            message.setText(getTranslation("results.computed"));
            show();
        } catch (InvalidFieldException e) {
            message.setText(getTranslation(e.messageKey()));
        }
    }

    private void show() {
        content.removeAll();
        results.results(roundId)
                .ifPresentOrElse(
                        found -> content.add(
                                new com.vaadin.flow.component.html.H2(found.roundName()),
                                new ResultsPanel(
                                        found, results.participation(roundId).orElseThrow())),
                        () -> content.add(new Paragraph(getTranslation("results.not-yet"))));
    }

    @Override
    public String pageHeading() {
        return getTranslation("results.title");
    }
}
