package org.reintegration.portal.selection.round.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.selection.round.BallotItem;
import org.reintegration.portal.selection.round.PublicRound;
import org.reintegration.portal.selection.round.RoundService;

/**
 * A round's public page, light enough for a phone: where it stands, the dates of its phases, how
 * the vote works and the initiatives on the ballot, each with its dimension's icon.
 */
@Route("public/rounds/:roundId")
@AnonymousAllowed
public class PublicRoundView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final RoundService rounds;
    private String heading = "";

    public PublicRoundView(RoundService rounds) {
        this.rounds = rounds;
        setMaxWidth("48em");
        addClassName("public-round");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PublicRound round;
        try {
            round = rounds.publicRound(
                    Long.parseLong(event.getRouteParameters().get("roundId").orElse("")));
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException();
        }
        show(round);
    }

    private void show(PublicRound round) {
        removeAll();
        heading = round.name();
        H2 title = new H2(round.name());
        title.setId("public-round-name");
        Span phase = new Span(getTranslation(
                "public-round.phase", getTranslation(round.phase().labelKey())));
        phase.getElement().getThemeList().add("badge");
        phase.setId("public-round-phase");
        add(title, phase);
        add(new Paragraph(getTranslation("public-round.communities", String.join(", ", round.communityNames()))));
        add(new Paragraph(getTranslation(
                "public-round.budget", RoundTexts.money(getLocale(), round.budget(), round.currency()))));
        add(new RoundDetailView.PhaseList(round.phase(), round.dates(), round.started(), getLocale()));
        add(new H3(getTranslation("public-round.how")));
        add(new Paragraph(RoundTexts.rules(getLocale(), round.rules(), round.budget(), round.currency())));
        add(new H3(getTranslation("public-round.ballot")));
        if (round.ballot().isEmpty()) {
            add(new Paragraph(getTranslation("public-round.ballot-empty")));
            return;
        }
        Div list = new Div();
        list.setId("public-round-ballot");
        round.ballot().forEach(item -> list.add(card(item, round.currency())));
        add(list);
    }

    private Div card(BallotItem item, String currency) {
        Icon icon = icon(item.dimension()).create();
        icon.setColor("var(--portal-" + item.dimension().name().toLowerCase(Locale.ROOT) + ")");
        icon.getElement()
                .setAttribute("aria-label", getTranslation(item.dimension().labelKey()));
        H3 title = new H3(item.position() + ". " + item.title());
        title.getElement().setAttribute("lang", item.textLanguage());
        Paragraph description = new Paragraph(item.description());
        description.getElement().setAttribute("lang", item.textLanguage());
        Div card = new Div(
                icon,
                title,
                new Span(getTranslation(item.type().labelKey()) + " · " + BidiText.isolate(item.communityName()) + " · "
                        + RoundTexts.money(getLocale(), item.cost(), currency)),
                description);
        if (item.confidential()) {
            card.add(new Paragraph(getTranslation("public-round.confidential")));
        }
        card.addClassName("ballot-card");
        card.getStyle()
                .set("padding", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }

    private static VaadinIcon icon(Dimension dimension) {
        return switch (dimension) {
            case ECONOMIC -> VaadinIcon.BRIEFCASE;
            case SOCIAL -> VaadinIcon.HANDSHAKE;
            case PSYCHOSOCIAL -> VaadinIcon.HEART;
        };
    }

    @Override
    public String pageHeading() {
        return heading.isEmpty() ? getTranslation("public-round.title") : heading;
    }
}
