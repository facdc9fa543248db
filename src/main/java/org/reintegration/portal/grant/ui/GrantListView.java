package org.reintegration.portal.grant.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.grant.GrantExport;
import org.reintegration.portal.grant.GrantService;
import org.reintegration.portal.grant.GrantStatus;
import org.reintegration.portal.grant.GrantSummary;
import org.reintegration.portal.security.Role;

/** Every community grant, by status (one page at a time), with what was paid out and spent. Staff only. */
@Route("grants")
@RolesAllowed(Role.STAFF_NAME)
public class GrantListView extends VerticalLayout implements HasPageHeading {

    private final GrantService grants;
    final Select<GrantStatus> status = new Select<>();
    final Grid<GrantSummary> grid = new Grid<>();

    public GrantListView(GrantService grants, GrantExport export, Clock clock) {
        this.grants = grants;
        setSizeFull();
        Amounts amounts = new Amounts(getLocale());
        status.setLabel(getTranslation("grants.status"));
        status.setItems(GrantStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("communities.filter.any"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("communities.filter.any") : getTranslation(s.labelKey()));
        status.setId("grant-status-filter");
        status.addValueChangeListener(e -> refresh());
        RouterLink create = new RouterLink(getTranslation("grants.new"), GrantFormView.class);
        create.setId("new-grant");
        RouterLink dashboard = new RouterLink(getTranslation("grants.dashboard.title"), GrantDashboardView.class);
        dashboard.setId("grant-dashboard-link");
        // written to the response as the grants are read, a few hundred at a time
        Anchor csv = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("grants-" + LocalDate.now(clock) + ".csv");
                    event.setContentType("text/csv;charset=UTF-8");
                    export.writeProgrammeCsv(event.getOutputStream());
                },
                getTranslation("grants.export.csv"));
        csv.setId("grants-csv");
        HorizontalLayout bar = new HorizontalLayout(status, create, dashboard, csv);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        grid.addColumn(s -> s.grant().data().title())
                .setHeader(getTranslation("grants.title"))
                .setFlexGrow(3);
        grid.addColumn(s -> s.grant().data().granteeName())
                .setHeader(getTranslation("grants.grantee"))
                .setFlexGrow(2);
        grid.addColumn(s -> getTranslation(s.grant().status().labelKey()))
                .setHeader(getTranslation("grants.status"))
                .setAutoWidth(true);
        grid.addColumn(s -> amounts.money(
                        s.grant().data().amount(), s.grant().data().currency()))
                .setHeader(getTranslation("grants.amount"))
                .setAutoWidth(true);
        grid.addColumn(s -> amounts.number(s.disbursed(), s.grant().data().currency()))
                .setHeader(getTranslation("grants.disbursed"))
                .setAutoWidth(true);
        grid.addColumn(s -> amounts.number(s.spent(), s.grant().data().currency()))
                .setHeader(getTranslation("grants.spent"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> s.flagged() ? flag() : new com.vaadin.flow.component.html.Span())
                .setHeader(getTranslation("grants.flag"))
                .setAutoWidth(true);
        grid.setId("grant-grid");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                GrantDetailView.class,
                new RouteParameters(
                        "grantId", String.valueOf(click.getItem().grant().id())))));
        add(bar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private com.vaadin.flow.component.Component flag() {
        var icon = VaadinIcon.WARNING.create();
        icon.setColor("var(--lumo-error-color)");
        icon.getElement().setAttribute("title", getTranslation("grants.flag.overspent"));
        icon.getElement().setAttribute("role", "img");
        icon.getElement().setAttribute("aria-label", getTranslation("grants.flag.overspent"));
        return icon;
    }

    /** The database filters and pages; the grid asks for the page it shows. */
    private void refresh() {
        GrantStatus shown = status.getValue();
        grid.setItems(
                query -> grants.list(shown, query.getOffset(), query.getLimit()).stream(),
                query -> grants.count(shown));
    }

    @Override
    public String pageHeading() {
        return getTranslation("grants.list.title");
    }
}
