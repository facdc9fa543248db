package org.reintegration.portal.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.monitoring.Actual;
import org.reintegration.portal.monitoring.IndicatorData;
import org.reintegration.portal.monitoring.IndicatorProgress;
import org.reintegration.portal.monitoring.IndicatorService;

/** The indicators of a project or of the programme: each with its progress against target, chart and actuals. */
class IndicatorSection extends VerticalLayout {

    private final IndicatorService indicators;
    private final Long projectId;
    private final boolean staff;
    private final Supplier<LocalDate> today;
    private final Supplier<List<IndicatorProgress>> load;
    final Button add = new Button();

    IndicatorSection(
            IndicatorService indicators,
            Long projectId,
            boolean staff,
            Supplier<LocalDate> today,
            Supplier<List<IndicatorProgress>> load) {
        this.indicators = indicators;
        this.projectId = projectId;
        this.staff = staff;
        this.today = today;
        this.load = load;
        setPadding(false);
        setId("indicators");
        add.setText(getTranslation("indicators.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-indicator");
        add.addClickListener(e -> new IndicatorDialog(indicators, projectId, today.get(), this::refresh).open());
    }

    void refresh() {
        removeAll();
        List<IndicatorProgress> list = load.get();
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("indicators.none")));
        }
        list.forEach(p -> add(card(p)));
        if (staff) {
            add(add);
        }
    }

    String nameOf(IndicatorData d) {
        return d.starter() == null ? d.name() : getTranslation(d.starter().labelKey());
    }

    private Div card(IndicatorProgress progress) {
        IndicatorData d = progress.indicator().data();
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Div card = new Div();
        card.addClassName("indicator-card");
        card.getStyle().set("width", "100%");
        H4 title = new H4((d.code() == null ? "" : d.code() + " ")
                // a starter indicator's name is the portal's text; a programme's own was typed and is isolated
                + (d.starter() == null ? BidiText.isolate(nameOf(d)) : nameOf(d)));
        String unit = getTranslation(d.unit().labelKey());
        Paragraph facts = new Paragraph(getTranslation(d.level().labelKey())
                + " · " + unit
                + " · " + getTranslation("indicators.baseline") + " " + number.format(d.baseline())
                + " (" + dates.format(d.baselineDate()) + ")"
                + " · " + getTranslation("indicators.target") + " " + number.format(d.target())
                + (d.targetDate() == null ? "" : " (" + dates.format(d.targetDate()) + ")"));
        Span reached = new Span(getTranslation("label.colon", getTranslation("indicators.reached")) + " "
                + number.format(progress.reached())
                + progress.percentOfTarget()
                        .map(p -> " — " + getTranslation("indicators.of-target", p))
                        .orElse(""));
        reached.addClassName("indicator-reached");
        card.add(title, facts, reached, new ProgressChart(progress, getLocale()));

        if (!progress.actuals().isEmpty()) {
            Grid<Actual> grid = new Grid<>();
            grid.addColumn(a -> dates.format(a.periodStart()) + " – " + dates.format(a.periodEnd()))
                    .setHeader(getTranslation("indicators.actual.period"))
                    .setAutoWidth(true);
            grid.addColumn(a -> number.format(a.value())).setHeader(getTranslation("indicators.actual.value"));
            if (d.unit().countsPeople()) {
                grid.addColumn(a -> count(number, a.female()))
                        .setHeader(getTranslation("indicators.actual.female"))
                        .setAutoWidth(true);
                grid.addColumn(a -> count(number, a.male()))
                        .setHeader(getTranslation("indicators.actual.male"))
                        .setAutoWidth(true);
                grid.addColumn(a -> count(number, a.returnees()))
                        .setHeader(getTranslation("indicators.actual.returnees"))
                        .setAutoWidth(true);
                grid.addColumn(a -> count(number, a.residents()))
                        .setHeader(getTranslation("indicators.actual.residents"))
                        .setAutoWidth(true);
            }
            grid.addColumn(a -> a.note() == null ? "" : a.note())
                    .setHeader(getTranslation("indicators.actual.note"))
                    .setFlexGrow(2);
            grid.setItems(progress.actuals());
            grid.setAllRowsVisible(true);
            grid.addClassName("actuals-grid");
            card.add(grid);
        }
        if (staff) {
            Button record = new Button(
                    getTranslation("indicators.actual.add"),
                    e -> new ActualDialog(indicators, progress.indicator(), nameOf(d), this::refresh).open());
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            record.addClassName("record-actual");
            card.add(record);
        }
        return card;
    }

    private static String count(NumberFormat number, Integer value) {
        return value == null ? "" : number.format(value);
    }
}
