package org.reintegration.portal.selection.voting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.selection.voting.RoundSummary;
import org.reintegration.portal.selection.voting.VotingService;

/**
 * Staff's way into voting: every round with its phase, and links to codes, paper ballots and results;
 * below, the gateways that submit ballots with a key.
 */
@Route("voting")
@RolesAllowed(Role.STAFF_NAME)
public class VotingRoundsView extends VerticalLayout implements HasPageHeading {

    final Grid<RoundSummary> grid = new Grid<>();

    public VotingRoundsView(VotingService voting) {
        grid.addColumn(RoundSummary::name)
                .setHeader(getTranslation("voting.round"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.phase().labelKey())).setHeader(getTranslation("voting.phase"));
        grid.addColumn(r -> getTranslation(r.format().labelKey())).setHeader(getTranslation("voting.format"));
        grid.addComponentColumn(this::links).setHeader("").setFlexGrow(3);
        grid.setItems(voting.rounds());
        grid.setAllRowsVisible(true);
        add(grid, new GatewaysPanel(voting));
    }

    private HorizontalLayout links(RoundSummary round) {
        HorizontalLayout links = new HorizontalLayout(
                new Anchor("rounds/" + round.id() + "/codes", getTranslation("voting.link.codes")),
                new Anchor("rounds/" + round.id() + "/paper-ballots", getTranslation("voting.link.paper")),
                new Anchor("rounds/" + round.id() + "/results", getTranslation("voting.link.results")),
                publicPage("vote/" + round.id(), getTranslation("voting.link.vote")));
        return links;
    }

    /** A public page in plain HTML, not a view of this application: the link loads it. */
    private static Anchor publicPage(String path, String text) {
        Anchor anchor = new Anchor(path, text);
        anchor.setRouterIgnore(true);
        return anchor;
    }

    @Override
    public String pageHeading() {
        return getTranslation("voting.title");
    }
}
