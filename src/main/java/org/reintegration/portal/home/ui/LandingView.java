package org.reintegration.portal.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.selection.round.PublicRound;
import org.reintegration.portal.selection.round.RoundService;

/**
 * The public front page for community members: what the portal is for, the three kinds of
 * initiative, and (as rounds open) where to vote. Light enough for a phone on a slow connection.
 */
@Route("")
@AnonymousAllowed
public class LandingView extends VerticalLayout implements HasPageHeading, BeforeEnterObserver {

    private final CurrentUser currentUser;

    public LandingView(RoundService roundService, CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("landing");
        setMaxWidth("60em");
        H1 heading = new H1(getTranslation("landing.heading"));
        add(heading, new Paragraph(getTranslation("landing.intro")));

        FlexLayout dimensions = new FlexLayout(
                dimension(VaadinIcon.BRIEFCASE, "economic", "--portal-economic"),
                dimension(VaadinIcon.HANDSHAKE, "social", "--portal-social"),
                dimension(VaadinIcon.HEART, "psychosocial", "--portal-psychosocial"));
        dimensions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        dimensions.getStyle().set("gap", "var(--lumo-space-m)");
        add(dimensions);

        add(new H2(getTranslation("landing.how.heading")));
        add(
                new Paragraph(getTranslation("landing.how.propose")),
                new Paragraph(getTranslation("landing.how.review")),
                new Paragraph(getTranslation("landing.how.vote")),
                new Paragraph(getTranslation("landing.how.follow")));

        H2 rounds = new H2(getTranslation("landing.rounds.heading"));
        rounds.setId("open-rounds");
        add(rounds);
        List<PublicRound> open = roundService.openRounds();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("landing.rounds.none")));
        }
        for (PublicRound round : open) {
            Anchor vote = new Anchor("vote/" + round.id(), getTranslation("landing.rounds.vote"));
            vote.addClassName("vote-link");
            Anchor details = new Anchor("public/rounds/" + round.id(), getTranslation("landing.rounds.details"));
            Div card = new Div(
                    new H3(round.name()),
                    new Paragraph(String.join(", ", round.communityNames())),
                    new HorizontalLayout(vote, details));
            card.addClassName("open-round");
            add(card);
        }
        add(new Paragraph(getTranslation("landing.privacy")));
    }

    private Div dimension(VaadinIcon iconName, String key, String colour) {
        Icon icon = iconName.create();
        icon.setColor("var(" + colour + ")");
        icon.setSize("2.5em");
        Div card = new Div(
                icon, new H3(getTranslation("dimension." + key)), new Span(getTranslation("landing.dimension." + key)));
        card.addClassName("dimension-card");
        card.getStyle()
                .set("flex", "1 1 14em")
                .set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }

    /** A local authority's home is the map of its areas. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.hasRole(Role.AUTHORITY)) {
            event.forwardTo("map");
        }
    }

    @Override
    public String pageHeading() {
        return getTranslation("landing.title");
    }
}
