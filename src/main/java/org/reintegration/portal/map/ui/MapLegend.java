package org.reintegration.portal.map.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.map.AreaValue;
import org.reintegration.portal.map.Choropleth;
import org.reintegration.portal.map.Measure;
import org.reintegration.portal.project.ProjectStatus;

/** The key of what the map shows, for the layers that are on; rebuilt whenever they change. */
class MapLegend extends Div {

    MapLegend() {
        setId("map-legend");
        addClassName("map-legend");
    }

    void update(MapState state, Choropleth choropleth) {
        removeAll();
        Locale locale = getLocale();
        if (state.shows(MapLayerKind.RETURNEES)) {
            add(heading(getTranslation(
                    state.measure() == Measure.ABSOLUTE ? "map.legend.returnees" : "map.legend.returnees-rate")));
            if (choropleth.period() != null) {
                add(note(BidiText.isolate(choropleth.period().label()) + " · "
                        + choropleth.period().end()));
            }
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(state.measure() == Measure.ABSOLUTE ? 0 : 1);
            List<String> labels = classLabels(choropleth, format);
            for (int i = 0; i < labels.size(); i++) {
                add(entry(swatch(MapStyles.CLASS_COLOURS.get(i), false), labels.get(i)));
            }
            add(entry(swatch(MapStyles.FEWER_THAN_FIVE_FILL, true), getTranslation("map.legend.fewer-than-five")));
            add(entry(swatch("#ffffff", false), getTranslation("map.legend.no-data")));
            add(note(getTranslation(
                    "map.legend.classes." + state.classification().name())));
        }
        if (state.shows(MapLayerKind.COMMUNITIES)) {
            add(heading(getTranslation("map.legend.communities")));
            for (TensionLevel level : TensionLevel.values()) {
                add(entry(dot(MapStyles.tensionColour(level)), getTranslation("tension." + level.name())));
            }
            add(entry(dot(MapStyles.tensionColour(null)), getTranslation("map.legend.not-profiled")));
        }
        if (state.shows(MapLayerKind.PROJECTS)) {
            add(heading(getTranslation("map.legend.projects")));
            for (Dimension dimension : Dimension.values()) {
                add(entry(symbol(MapStyles.dimensionSymbol(dimension)), getTranslation(dimension.labelKey())));
            }
            for (ProjectStatus status : ProjectStatus.values()) {
                add(entry(dot(MapStyles.statusColour(status)), getTranslation("projects.status." + status.name())));
            }
        }
        if (state.shows(MapLayerKind.GAPS)) {
            add(heading(getTranslation("map.legend.gaps")));
            add(entry(
                    symbolOn(MapStyles.GAP_SYMBOL, MapStyles.GAP_COLOUR),
                    getTranslation(
                            "map.legend.gaps.rule",
                            getTranslation("tension." + state.minTension().name()),
                            state.minShare())));
        }
    }

    /**
     * One label per class, from the smallest value drawn in the class to its upper bound: classes hold disjoint
     * values, so no two labels share a number. A class's lower end that would read like the previous class's upper
     * end once rounded is written as "above" that end instead.
     */
    static List<String> classLabels(Choropleth choropleth, NumberFormat format) {
        List<Double> breaks = choropleth.breaks();
        List<String> labels = new ArrayList<>();
        String previousUpper = null;
        for (int i = 0; i < breaks.size(); i++) {
            int index = i;
            double upper = breaks.get(i);
            double lower = choropleth.values().stream()
                    .filter(v -> v.classIndex() == index && v.value() != null)
                    .mapToDouble(AreaValue::value)
                    .min()
                    .orElse(i == 0 ? choropleth.minimum() : upper);
            String from = format.format(lower);
            String to = format.format(upper);
            if (from.equals(previousUpper)) {
                labels.add("> " + from + " – " + to);
            } else {
                labels.add(from.equals(to) ? to : from + " – " + to);
            }
            previousUpper = to;
        }
        return labels;
    }

    private static Div heading(String text) {
        Div heading = new Div(text);
        heading.addClassName("map-legend-heading");
        return heading;
    }

    private static Div note(String text) {
        Div note = new Div(text);
        note.addClassName("map-legend-note");
        return note;
    }

    private static Div entry(Span key, String text) {
        Div entry = new Div(key, new Span(text));
        entry.addClassName("map-legend-entry");
        return entry;
    }

    private static Span swatch(String colour, boolean dashed) {
        Span swatch = new Span();
        swatch.addClassName("map-legend-swatch");
        swatch.getStyle().set("background", colour);
        if (dashed) {
            swatch.getStyle().set("border-style", "dashed");
        }
        return swatch;
    }

    private static Span dot(String colour) {
        Span dot = new Span();
        dot.addClassName("map-legend-dot");
        dot.getStyle().set("background", colour);
        return dot;
    }

    private static Span symbol(String text) {
        Span symbol = new Span(text);
        symbol.addClassName("map-legend-symbol");
        return symbol;
    }

    private static Span symbolOn(String text, String colour) {
        Span symbol = symbol(text);
        symbol.getStyle().set("background", colour).set("color", "#ffffff");
        return symbol;
    }
}
