package org.reintegration.portal.selection.result.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.selection.result.ResultService;

/** A round's published results, for everyone: what was selected, why, and who took part. */
@Route("public/rounds/:roundId/results")
@AnonymousAllowed
public class PublicResultsView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final ResultService results;

    public PublicResultsView(ResultService results) {
        this.results = results;
        setMaxWidth("60em");
        addClassName("public-results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = event.getRouteParameters().getLong("roundId").orElse(-1L);
        removeAll();
        results.results(roundId)
                .ifPresentOrElse(
                        found -> add(
                                new H1(found.roundName()),
                                new ResultsPanel(
                                        found, results.participation(roundId).orElseThrow())),
                        () -> {
                            Paragraph none = new Paragraph(getTranslation("results.not-yet"));
                            none.setId("results-not-yet");
                            add(none);
                        });
    }

    @Override
    public String pageHeading() {
        return getTranslation("results.heading");
    }
}
