package org.reintegration.portal.selection.result.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.base.ui.Formats;
import org.reintegration.portal.security.SmallCounts;
import org.reintegration.portal.selection.result.InitiativeResult;
import org.reintegration.portal.selection.result.Participation;
import org.reintegration.portal.selection.result.ResultExplanation;
import org.reintegration.portal.selection.result.RoundResults;
import org.reintegration.portal.selection.round.BallotFormat;

/**
 * A round's results as the public and staff read them: the summary, a bar of support per initiative
 * (plain HTML, no chart library), why each was or was not selected, and who took part.
 */
class ResultsPanel extends VerticalLayout {

    private final NumberFormat numbers;
    private final String currency;

    ResultsPanel(RoundResults results, Participation participation) {
        setPadding(false);
        addClassName("results-panel");
        numbers = NumberFormat.getInstance(getLocale());
        currency = results.currency();
        Paragraph summary = new Paragraph(getTranslation(
                "results.summary",
                results.selected().size(),
                results.initiatives().size(),
                money(results.totalCost()),
                money(results.budgetLeft()),
                money(results.budget())));
        summary.setId("results-summary");
        add(
                summary,
                new Paragraph(getTranslation("results.ballots", count(participation.ballots()))),
                new Paragraph(getTranslation("results.rule." + results.outcomeRule()) + " "
                        + getTranslation("results.tie-break")));
        add(new H2(getTranslation("results.chart")), chart(results));
        add(participationTables(participation, results));
    }

    private Div chart(RoundResults results) {
        Div chart = new Div();
        chart.setId("support-chart");
        chart.addClassName("support-chart");
        int max = Math.max(1, results.maxSupport());
        for (InitiativeResult initiative : results.initiatives()) {
            Div bar = new Div();
            bar.addClassName("support-bar");
            bar.getElement().getClassList().set("support-bar-selected", initiative.selected());
            bar.getStyle().set("width", (100.0 * initiative.support() / max) + "%");
            Span label = new Span(initiative.title());
            label.addClassName("support-label");
            Span figures = new Span(supportText(results.format(), initiative.support()) + " · "
                    + money(initiative.cost()) + " · "
                    + getTranslation(initiative.selected() ? "results.selected" : "results.not-selected"));
            figures.addClassName("support-figures");
            Paragraph why = new Paragraph(why(results.format(), initiative.why()));
            why.addClassName("support-why");
            Div row = new Div(label, new Div(bar), figures, why);
            row.addClassName("support-row");
            row.setId("result-" + initiative.initiativeId());
            chart.add(row);
        }
        return chart;
    }

    private Div participationTables(Participation participation, RoundResults results) {
        Div box = new Div(new H2(getTranslation("results.stats.heading")));
        box.setId("participation");
        box.add(table(getTranslation("results.stats.channel"), participation.byChannel(), "channel."));
        box.add(table(getTranslation("results.stats.group"), participation.byGroup(), "voter-group."));
        box.add(table(getTranslation("results.stats.sex"), participation.bySex(), "voter-sex."));
        box.add(table(getTranslation("results.stats.age"), participation.byAgeBand(), "profiles.age."));
        box.add(new H3(getTranslation("results.stats.support-by-group")));
        List<String> groups = participation.byGroup().keySet().stream().sorted().toList();
        NativeTable table = new NativeTable();
        table.setId("support-by-group");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("results.initiative")));
        groups.forEach(g -> head.add(new NativeTableHeaderCell(label("voter-group.", g))));
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (InitiativeResult initiative : results.initiatives()) {
            NativeTableRow row = new NativeTableRow(new NativeTableCell(initiative.title()));
            Map<String, Integer> byGroup =
                    participation.supportByGroup().getOrDefault(initiative.initiativeId(), Map.of());
            groups.forEach(g -> row.add(new NativeTableCell(count(byGroup.getOrDefault(g, 0)))));
            body.add(row);
        }
        table.add(body);
        box.add(table, new Paragraph(getTranslation("counts.note")));
        return box;
    }

    private Div table(String heading, Map<String, Integer> counts, String keyPrefix) {
        NativeTable table = new NativeTable();
        NativeTableBody body = new NativeTableBody();
        counts.forEach((key, value) -> body.add(
                new NativeTableRow(new NativeTableCell(label(keyPrefix, key)), new NativeTableCell(count(value)))));
        table.add(body);
        table.addClassName("participation-table");
        return new Div(new H3(heading), table);
    }

    private String label(String keyPrefix, String key) {
        return key.equals(Participation.UNDECLARED)
                ? getTranslation("results.stats.undeclared")
                : getTranslation(keyPrefix + key);
    }

    private String why(BallotFormat format, ResultExplanation why) {
        List<String> f = why.figures();
        return switch (why.kind()) {
            case "greedy.selected", "greedy.did-not-fit" ->
                getTranslation(
                        why.messageKey(),
                        supportText(format, Integer.parseInt(f.get(0))),
                        money(new BigDecimal(f.get(2))),
                        money(new BigDecimal(f.get(3))));
            case "mes.SELECTED" ->
                getTranslation(
                        why.messageKey(),
                        f.get(0),
                        f.get(1),
                        money(new BigDecimal(f.get(2))),
                        money(new BigDecimal(f.get(3))));
            case "mes.UNAFFORDABLE" ->
                getTranslation(
                        why.messageKey(), f.get(0), money(new BigDecimal(f.get(1))), money(new BigDecimal(f.get(2))));
            default -> getTranslation(why.messageKey());
        };
    }

    private String supportText(BallotFormat format, int support) {
        return getTranslation(
                format == BallotFormat.CUMULATIVE ? "results.points" : "results.votes", numbers.format(support));
    }

    private String money(BigDecimal amount) {
        return Formats.money(getLocale(), amount, currency);
    }

    private String count(int value) {
        return SmallCounts.hidden(value) ? SmallCounts.text(value) : numbers.format(value);
    }
}
