package org.reintegration.portal.outcome.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reintegration.portal.base.ui.UserText;
import org.reintegration.portal.community.ui.CommunityPageSection;
import org.reintegration.portal.outcome.Cohort;
import org.reintegration.portal.outcome.Figure;
import org.reintegration.portal.outcome.OutcomeService;
import org.reintegration.portal.outcome.ProjectSpan;
import org.reintegration.portal.outcome.SchemeService;
import org.reintegration.portal.outcome.SchemeVersion;
import org.reintegration.portal.outcome.ScoreKind;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;
import org.springframework.context.annotation.Scope;

/**
 * The reintegration outcomes part of a community's page: its scores over time as a chart with its projects' starts
 * and ends, the figures per quarter (small groups suppressed), by sex and age band for the latest quarter, the
 * scheme that produced them, and for staff the switch that publishes them on the community's public page.
 */
@org.springframework.stereotype.Component
@Scope("prototype")
class CommunityOutcomesSection implements CommunityPageSection {

    private final OutcomeService outcomes;
    private final SchemeService schemes;
    private final CurrentUser currentUser;

    CommunityOutcomesSection(OutcomeService outcomes, SchemeService schemes, CurrentUser currentUser) {
        this.outcomes = outcomes;
        this.schemes = schemes;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> section(long communityId) {
        Optional<SchemeVersion> scheme = schemes.appliedScheme();
        if (scheme.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId("community-outcomes");
        section.setWidthFull();
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        section.add(new H3(section.getTranslation("outcome.community.title")));
        List<Figure> figures = outcomes.communityFigures(communityId);
        List<Figure> everyone = figures.stream()
                .filter(f -> f.cohort() == Cohort.ALL)
                .sorted(Comparator.comparing(Figure::quarter))
                .toList();
        if (everyone.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("outcome.community.none")));
            return Optional.of(section);
        }
        List<ProjectSpan> projects = outcomes.projectSpans(communityId);
        Div chart = new Div(ScoreChart.of(
                everyone,
                projects,
                scheme.get().scheme().threshold(),
                section.getTranslation("map.legend.fewer-than-five"),
                section.getTranslation("outcome.chart.label"),
                locale));
        chart.setId("outcome-chart");
        chart.getElement().setAttribute("role", "figure");
        chart.getElement().setAttribute("aria-label", section.getTranslation("outcome.chart.label"));
        section.add(chart, key(section, scheme.get()));
        if (!projects.isEmpty()) {
            OrderedList list = new OrderedList();
            list.setId("outcome-projects");
            DateTimeFormatter dates =
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            projects.forEach(p -> list.add(new ListItem(UserText.line(
                    "",
                    p.title(),
                    " — " + section.getTranslation("outcome.project.started", dates.format(p.start()))
                            + (p.end() == null
                                    ? ""
                                    : ", "
                                            + section.getTranslation(
                                                    "outcome.project.ended", dates.format(p.end())))))));
            section.add(list);
        }
        section.add(table(section, everyone, locale));
        Figure latest = everyone.getLast();
        Details split = new Details(
                section.getTranslation("outcome.community.split", ScoreText.quarter(section, latest.quarter())),
                table(
                        section,
                        figures.stream()
                                .filter(f -> f.quarter().equals(latest.quarter()) && f.cohort() != Cohort.ALL)
                                .toList(),
                        locale,
                        true));
        split.setId("outcome-split");
        section.add(split);
        section.add(new Paragraph(ScoreText.scheme(section, scheme.get())));
        section.add(new Paragraph(section.getTranslation("outcome.suppression-note")));
        if (currentUser.hasRole(Role.STAFF)) {
            Checkbox publish = new Checkbox(section.getTranslation("outcome.publish"));
            publish.setId("outcome-publish");
            publish.setValue(outcomes.isPublished(communityId));
            publish.addValueChangeListener(e -> outcomes.setPublished(communityId, e.getValue()));
            section.add(publish);
        }
        section.add(new Anchor("outcomes", section.getTranslation("outcome.list.open")));
        return Optional.of(section);
    }

    private static Component key(Div section, SchemeVersion scheme) {
        Div key = new Div();
        key.addClassName("outcome-chart-key");
        ScoreKind[] kinds = ScoreKind.values();
        for (int k = 0; k < kinds.length; k++) {
            Span swatch = new Span();
            swatch.getStyle()
                    .set("display", "inline-block")
                    .set("width", "1.5em")
                    .set("height", kinds[k] == ScoreKind.COMPOSITE ? "4px" : "2px")
                    .set("background", ScoreChart.COLOURS[k])
                    .set("vertical-align", "middle")
                    .set("margin-inline", "0.25em");
            key.add(new Span(swatch, new Span(section.getTranslation(kinds[k].labelKey()))));
        }
        key.add(new Span(" · "
                + section.getTranslation(
                        "outcome.chart.threshold", scheme.scheme().threshold())));
        key.add(new Span(" · " + section.getTranslation("outcome.chart.projects")));
        key.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5em 1em");
        return key;
    }

    private static Grid<Figure> table(Div section, List<Figure> figures, Locale locale) {
        return table(section, figures, locale, false);
    }

    private static Grid<Figure> table(Div section, List<Figure> figures, Locale locale, boolean byCohort) {
        Grid<Figure> grid = new Grid<>();
        if (byCohort) {
            grid.addColumn(f -> section.getTranslation(f.cohort().labelKey()))
                    .setHeader(section.getTranslation("outcome.col.group"))
                    .setAutoWidth(true);
        } else {
            grid.addColumn(f -> ScoreText.quarter(section, f.quarter()))
                    .setHeader(section.getTranslation("outcome.col.quarter"))
                    .setAutoWidth(true);
        }
        grid.addColumn(f -> ScoreText.respondents(section, locale, f.respondents()))
                .setHeader(section.getTranslation("outcome.col.respondents"))
                .setAutoWidth(true);
        for (ScoreKind kind : ScoreKind.values()) {
            grid.addColumn(f -> ScoreText.mean(locale, f, kind))
                    .setHeader(section.getTranslation(kind.labelKey()))
                    .setAutoWidth(true);
        }
        grid.addColumn(f -> ScoreText.percent(locale, f.share(ScoreKind.COMPOSITE)))
                .setHeader(section.getTranslation("outcome.col.share"))
                .setAutoWidth(true);
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        grid.setId(byCohort ? "outcome-split-grid" : "outcome-grid");
        return grid;
    }
}
