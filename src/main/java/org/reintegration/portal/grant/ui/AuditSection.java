package org.reintegration.portal.grant.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.reintegration.portal.grant.Grant;
import org.reintegration.portal.grant.GrantEvent;
import org.reintegration.portal.grant.GrantService;
import org.reintegration.portal.grant.TrailCheck;

/**
 * The grant's audit trail, read-only: who did what and when, and whether every event still matches the hash
 * chain it was sealed into (ADR 0008).
 */
class AuditSection extends VerticalLayout {

    private final GrantService grants;
    private final Amounts amounts;
    final Paragraph chain = new Paragraph();
    final Grid<GrantEvent> grid = new Grid<>();

    AuditSection(GrantService grants, Amounts amounts) {
        this.grants = grants;
        this.amounts = amounts;
        setPadding(false);
        grid.addColumn(e -> e.number() == 0 ? "" : "#" + e.number())
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> amounts.time(e.at()))
                .setHeader(getTranslation("grants.event.when"))
                .setAutoWidth(true);
        grid.addColumn(GrantEvent::actor)
                .setHeader(getTranslation("grants.event.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.kind().labelKey()))
                .setHeader(getTranslation("grants.event.what"))
                .setAutoWidth(true);
        grid.addColumn(e -> TrailText.of(e, getLocale()))
                .setHeader(getTranslation("grants.event.detail"))
                .setWidth("18em")
                .setFlexGrow(3);
        grid.setId("audit-grid");
        // a detail runs long (a release with its conditions and reason): it wraps rather than being cut off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        chain.setId("audit-chain");
        chain.getStyle().set("font-weight", "600").set("margin", "0");
        add(new H3(getTranslation("grants.event.title")), chain, grid);
    }

    void show(Grant grant) {
        TrailCheck check = grants.checkTrail(grant.id());
        chain.setText(
                switch (check.problem()) {
                    case NONE -> getTranslation("grants.chain.intact", check.verified());
                    case ALTERED -> getTranslation("grants.chain.altered", check.event());
                    case MISSING -> getTranslation("grants.chain.missing", check.event());
                    case OUTSIDE -> getTranslation("grants.chain.outside", amounts.time(check.outsideAt()));
                });
        chain.getStyle()
                .set("color", check.intact() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        chain.setTitle(check.intact() ? "SHA-256 " + check.headHash() : "");
        grid.setItems(grants.events(grant.id()).reversed());
    }
}
