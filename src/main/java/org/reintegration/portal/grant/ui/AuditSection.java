package org.reintegration.portal.grant.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.reintegration.portal.grant.Grant;
import org.reintegration.portal.grant.GrantEvent;
import org.reintegration.portal.grant.GrantService;

/** The grant's audit trail, read-only: who did what and when. */
class AuditSection extends VerticalLayout {

    private final GrantService grants;
    final Grid<GrantEvent> grid = new Grid<>();

    AuditSection(GrantService grants, Amounts amounts) {
        this.grants = grants;
        setPadding(false);
        grid.addColumn(e -> amounts.time(e.at()))
                .setHeader(getTranslation("grants.event.when"))
                .setAutoWidth(true);
        grid.addColumn(GrantEvent::actor)
                .setHeader(getTranslation("grants.event.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.kind().labelKey()))
                .setHeader(getTranslation("grants.event.what"))
                .setAutoWidth(true);
        grid.addColumn(GrantEvent::detail)
                .setHeader(getTranslation("grants.event.detail"))
                .setFlexGrow(3);
        grid.setId("audit-grid");
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("grants.event.title")), grid);
    }

    void show(Grant grant) {
        grid.setItems(grants.events(grant.id()).reversed());
    }
}
