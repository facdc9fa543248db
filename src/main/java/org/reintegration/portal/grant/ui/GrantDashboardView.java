package org.reintegration.portal.grant.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.grant.GrantDashboard;
import org.reintegration.portal.grant.GrantService;
import org.reintegration.portal.grant.GrantStatus;
import org.reintegration.portal.grant.GrantSummary;
import org.reintegration.portal.security.Role;

/**
 * The programme's grants at a glance, for staff: how many stand at each status, money committed, disbursed and
 * spent, tranches due or overdue, reports overdue, and grants with overspending flagged.
 */
@Route("grants/dashboard")
@RolesAllowed(Role.STAFF_NAME)
public class GrantDashboardView extends VerticalLayout implements HasPageHeading {

    final Grid<GrantDashboard.TrancheDue> tranchesDue = new Grid<>();
    final Grid<GrantDashboard.ReportDue> reportsOverdue = new Grid<>();
    final Grid<GrantSummary> flagged = new Grid<>();
    final GrantDashboard dashboard;

    public GrantDashboardView(GrantService grants) {
        Amounts amounts = new Amounts(getLocale());
        NumberFormat whole = NumberFormat.getIntegerInstance(getLocale());
        dashboard = grants.dashboard();

        List<BarChart.Bar> statusBars = new ArrayList<>();
        for (GrantStatus status : GrantStatus.values()) {
            int count = dashboard.byStatus().get(status);
            statusBars.add(new BarChart.Bar(
                    getTranslation(status.labelKey()), BigDecimal.valueOf(count), whole.format(count)));
        }
        add(new H3(getTranslation("grants.dashboard.by-status")), new BarChart("chart-status", statusBars));

        add(new H3(getTranslation("grants.dashboard.money")));
        for (GrantDashboard.Totals totals : dashboard.totals()) {
            add(
                    new H4(totals.currency()),
                    new BarChart(
                            "chart-money-" + totals.currency(),
                            List.of(
                                    bar("grants.dashboard.committed", totals.committed(), totals.currency(), amounts),
                                    bar("grants.dashboard.disbursed", totals.disbursed(), totals.currency(), amounts),
                                    bar("grants.dashboard.spent", totals.spent(), totals.currency(), amounts))));
        }

        tranchesDue
                .addColumn(GrantDashboard.TrancheDue::grantTitle)
                .setHeader(getTranslation("grants.title"))
                .setFlexGrow(2);
        tranchesDue.addColumn(t -> "#" + t.tranche().number()).setHeader("#").setAutoWidth(true);
        tranchesDue
                .addColumn(t -> amounts.date(t.tranche().plannedOn()))
                .setHeader(getTranslation("grants.tranche.planned"))
                .setAutoWidth(true);
        tranchesDue
                .addColumn(t -> amounts.money(t.tranche().amount().subtract(t.released()), t.currency()))
                .setHeader(getTranslation("grants.dashboard.left"))
                .setAutoWidth(true);
        tranchesDue
                .addColumn(t -> getTranslation(t.overdue() ? "grants.dashboard.overdue" : "grants.dashboard.due"))
                .setAutoWidth(true);
        tranchesDue.setItems(dashboard.tranchesDue());
        tranchesDue.setAllRowsVisible(true);
        tranchesDue.setId("tranches-due");
        tranchesDue.addItemClickListener(e -> open(e.getItem().grantId()));

        reportsOverdue
                .addColumn(GrantDashboard.ReportDue::grantTitle)
                .setHeader(getTranslation("grants.title"))
                .setFlexGrow(2);
        reportsOverdue
                .addColumn(r -> amounts.date(r.dueOn()))
                .setHeader(getTranslation("grants.dashboard.report-due"))
                .setAutoWidth(true);
        reportsOverdue.setItems(dashboard.reportsOverdue());
        reportsOverdue.setAllRowsVisible(true);
        reportsOverdue.setId("reports-overdue");
        reportsOverdue.addItemClickListener(e -> open(e.getItem().grantId()));

        flagged.addColumn(s -> s.grant().data().title())
                .setHeader(getTranslation("grants.title"))
                .setFlexGrow(2);
        flagged.addColumn(s -> amounts.money(s.spent(), s.grant().data().currency()))
                .setHeader(getTranslation("grants.spent"))
                .setAutoWidth(true);
        flagged.setItems(dashboard.flagged());
        flagged.setAllRowsVisible(true);
        flagged.setId("flagged-grants");
        flagged.addItemClickListener(e -> open(e.getItem().grant().id()));

        add(
                new H3(getTranslation("grants.dashboard.tranches-due")),
                tranchesDue,
                new H3(getTranslation("grants.dashboard.reports-overdue")),
                reportsOverdue,
                new H3(getTranslation("grants.dashboard.flagged")),
                flagged);
    }

    private BarChart.Bar bar(String key, BigDecimal value, String currency, Amounts amounts) {
        return new BarChart.Bar(getTranslation(key), value, amounts.money(value, currency));
    }

    private void open(long grantId) {
        getUI().ifPresent(ui ->
                ui.navigate(GrantDetailView.class, new RouteParameters("grantId", String.valueOf(grantId))));
    }

    @Override
    public String pageHeading() {
        return getTranslation("grants.dashboard.title");
    }
}
