package org.reintegration.portal.outcome.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.Texts;
import org.reintegration.portal.geo.AreaShape;
import org.reintegration.portal.map.ClassBreaks;
import org.reintegration.portal.map.Classification;
import org.reintegration.portal.map.MapService;
import org.reintegration.portal.map.leaflet.FeatureClickEvent;
import org.reintegration.portal.map.leaflet.GeoFeature;
import org.reintegration.portal.map.leaflet.GeoJsonLayer;
import org.reintegration.portal.map.leaflet.LeafletMap;
import org.reintegration.portal.map.leaflet.PathStyle;
import org.reintegration.portal.map.ui.MapOverlay;
import org.reintegration.portal.map.ui.MapStyles;
import org.reintegration.portal.outcome.CommunityOutcome;
import org.reintegration.portal.outcome.CommunityPlace;
import org.reintegration.portal.outcome.Figure;
import org.reintegration.portal.outcome.OutcomeService;
import org.reintegration.portal.outcome.SchemeService;
import org.reintegration.portal.outcome.SchemeVersion;
import org.reintegration.portal.outcome.ScoreKind;
import org.springframework.context.annotation.Scope;

/**
 * The map's layer of reintegration scores: the mean score of each admin area of the level shown, and of each
 * community as a dot, for one quarter, in the map's legend classes and colours (the same classification as the
 * returnee layer), suppressed groups dashed grey as "&lt;5". Its settings travel in the map's address ({@code
 * scores}, {@code score}, {@code quarter}), so a link shows a local authority the same layer, within its areas.
 */
@org.springframework.stereotype.Component
@Scope("prototype")
class OutcomeMapOverlay implements MapOverlay {

    static final String LAYER = "outcomes";
    private static final int CLASSES = 5;

    private final OutcomeService outcomes;
    private final SchemeService schemes;
    private final MapService maps;
    final Checkbox shown = new Checkbox();
    final Select<ScoreKind> kind = new Select<>();
    final Select<LocalDate> quarter = new Select<>();
    private final Div legend = new Div();
    private final Map<String, String> details = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();
    private boolean applying;

    OutcomeMapOverlay(OutcomeService outcomes, SchemeService schemes, MapService maps) {
        this.outcomes = outcomes;
        this.schemes = schemes;
        this.maps = maps;
        legend.setId("outcome-legend");
        legend.addClassName("map-legend");
        kind.setItems(ScoreKind.values());
        kind.setValue(ScoreKind.COMPOSITE);
    }

    @Override
    public Component controls(Runnable changed) {
        shown.setLabel(shown.getTranslation("outcome.map.layer"));
        shown.setId("map-outcomes");
        kind.setId("map-outcome-score");
        kind.setLabel(kind.getTranslation("outcome.map.score"));
        kind.setItemLabelGenerator(k -> kind.getTranslation(k.labelKey()));
        quarter.setId("map-outcome-quarter");
        quarter.setLabel(quarter.getTranslation("outcome.col.quarter"));
        quarter.setItemLabelGenerator(q -> ScoreText.quarter(quarter, q));
        List<LocalDate> quarters = outcomes.quarters();
        applying = true;
        quarter.setItems(quarters);
        if (quarter.getValue() == null && !quarters.isEmpty()) {
            quarter.setValue(quarters.getFirst());
        }
        applying = false;
        shown.addValueChangeListener(e -> run(changed));
        kind.addValueChangeListener(e -> run(changed));
        quarter.addValueChangeListener(e -> run(changed));
        HorizontalLayout content = new HorizontalLayout(shown, kind, quarter);
        content.addClassName("map-controls");
        content.setWrap(true);
        Details section = new Details(shown.getTranslation("outcome.map.section"), content);
        section.setId("map-section-outcomes");
        return section;
    }

    private void run(Runnable changed) {
        if (!applying) {
            changed.run();
        }
    }

    @Override
    public void draw(LeafletMap map, int level, Classification classification) {
        legend.removeAll();
        details.clear();
        links.clear();
        Optional<SchemeVersion> scheme = schemes.appliedScheme();
        if (!shown.getValue() || scheme.isEmpty() || quarter.getValue() == null) {
            map.removeLayer(LAYER);
            return;
        }
        ScoreKind score = kind.getValue() == null ? ScoreKind.COMPOSITE : kind.getValue();
        LocalDate q = quarter.getValue();
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        List<Figure> areaFigures = outcomes.areaFigures(level, q);
        List<CommunityOutcome> communities = outcomes.communities(null, q);
        List<Double> values = new ArrayList<>();
        areaFigures.stream().map(f -> f.mean(score)).filter(v -> v != null).forEach(values::add);
        communities.stream()
                .map(c -> c.latest().mean(score))
                .filter(v -> v != null)
                .forEach(values::add);
        List<Double> breaks = ClassBreaks.of(
                classification, values.stream().mapToDouble(Double::doubleValue).toArray(), CLASSES);

        Map<String, Figure> byArea =
                areaFigures.stream().collect(Collectors.toMap(f -> f.area().value(), f -> f, (a, b) -> a));
        List<GeoFeature> features = new ArrayList<>();
        for (AreaShape shape : maps.shapes(level, 6)) {
            Figure figure = byArea.get(shape.area().pcode().value());
            if (figure == null) {
                continue;
            }
            String id = "oa-" + shape.area().pcode().value();
            String name = BidiText.isolate(shape.area().nameIn(locale));
            String text = Texts.get(locale, "label.colon", name) + " " + valueText(figure, score, locale);
            details.put(id, text);
            links.put(id, "communities?area=" + shape.area().pcode().value());
            features.add(
                    new GeoFeature(id, shape.geometryJson(), style(figure.mean(score), figure, breaks), text, null));
        }
        for (CommunityOutcome c : communities) {
            CommunityPlace place = c.community();
            if (place.location() == null) {
                continue;
            }
            String id = "oc-" + place.id();
            String text = Texts.get(locale, "label.colon", BidiText.isolate(place.name())) + " "
                    + valueText(c.latest(), score, locale)
                    + (c.change(score) == null
                            ? ""
                            : " (" + legend.getTranslation("outcome.col.change") + " "
                                    + ScoreText.change(locale, c.change(score)) + ")");
            details.put(id, text);
            links.put(id, "communities/" + place.id());
            String point = String.format(
                    Locale.ROOT,
                    "{\"type\":\"Point\",\"coordinates\":[%.5f,%.5f]}",
                    place.location().lon(),
                    place.location().lat());
            PathStyle style = style(c.latest().mean(score), c.latest(), breaks).withWeight(2);
            features.add(new GeoFeature(id, point, style, text, null));
        }
        map.setLayer(new GeoJsonLayer(LAYER, legend.getTranslation("outcome.map.layer"), features, MapStyles.NO_DATA));
        drawLegend(score, q, breaks, values, scheme.get(), classification, locale);
    }

    private static PathStyle style(Double value, Figure figure, List<Double> breaks) {
        if (figure.suppressed()) {
            return MapStyles.FEWER_THAN_FIVE;
        }
        if (value == null || breaks.isEmpty()) {
            return MapStyles.NO_DATA;
        }
        return MapStyles.classStyle(ClassBreaks.classOf(value, breaks));
    }

    private String valueText(Figure figure, ScoreKind score, Locale locale) {
        if (figure.suppressed()) {
            return legend.getTranslation("map.legend.fewer-than-five");
        }
        if (figure.mean(score) == null) {
            return legend.getTranslation("map.no-data");
        }
        return ScoreText.score(locale, figure.mean(score)) + " · "
                + legend.getTranslation(
                        "outcome.map.respondents", ScoreText.respondents(legend, locale, figure.respondents()));
    }

    private void drawLegend(
            ScoreKind score,
            LocalDate q,
            List<Double> breaks,
            List<Double> values,
            SchemeVersion scheme,
            Classification classification,
            Locale locale) {
        legend.add(heading(legend.getTranslation("outcome.map.legend", legend.getTranslation(score.labelKey()))));
        legend.add(note(ScoreText.quarter(legend, q)));
        double lower = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        for (int i = 0; i < breaks.size(); i++) {
            String range = i == 0 && lower == breaks.get(i)
                    ? ScoreText.score(locale, lower)
                    : ScoreText.score(locale, lower) + " – " + ScoreText.score(locale, breaks.get(i));
            legend.add(entry(MapStyles.CLASS_COLOURS.get(i), false, range));
            lower = breaks.get(i);
        }
        legend.add(entry(MapStyles.FEWER_THAN_FIVE_FILL, true, legend.getTranslation("outcome.map.fewer-than-five")));
        legend.add(entry("#ffffff", false, legend.getTranslation("map.legend.no-data")));
        legend.add(note(legend.getTranslation("map.legend.classes." + classification.name())));
        legend.add(note(ScoreText.scheme(legend, scheme)));
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

    private static Div entry(String colour, boolean dashed, String text) {
        Span swatch = new Span();
        swatch.addClassName("map-legend-swatch");
        swatch.getStyle().set("background", colour);
        if (dashed) {
            swatch.getStyle().set("border-style", "dashed");
        }
        Div entry = new Div(swatch, new Span(text));
        entry.addClassName("map-legend-entry");
        return entry;
    }

    @Override
    public Component legend() {
        return legend;
    }

    @Override
    public boolean showDetails(FeatureClickEvent click, HasComponents panel) {
        if (!LAYER.equals(click.getLayerId()) || !details.containsKey(click.getFeatureId())) {
            return false;
        }
        panel.removeAll();
        panel.add(new H3(legend.getTranslation("outcome.map.layer")));
        panel.add(new Paragraph(details.get(click.getFeatureId())));
        Anchor link = new Anchor(
                links.get(click.getFeatureId()),
                legend.getTranslation(
                        click.getFeatureId().startsWith("oc-")
                                ? "map.details.open-community"
                                : "map.details.open-communities"));
        link.setId("map-details-link");
        panel.add(link);
        return true;
    }

    @Override
    public Map<String, List<String>> toQuery() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (shown.getValue()) {
            query.put("scores", List.of("1"));
            if (kind.getValue() != null && kind.getValue() != ScoreKind.COMPOSITE) {
                query.put("score", List.of(kind.getValue().code()));
            }
            if (quarter.getValue() != null) {
                query.put("quarter", List.of(quarter.getValue().toString()));
            }
        }
        return query;
    }

    @Override
    public void fromQuery(Map<String, List<String>> query) {
        applying = true;
        try {
            shown.setValue("1".equals(first(query, "scores")));
            String score = first(query, "score");
            kind.setValue(ScoreKind.COMPOSITE);
            for (ScoreKind k : ScoreKind.values()) {
                if (k.code().equals(score)) {
                    kind.setValue(k);
                }
            }
            String q = first(query, "quarter");
            if (q != null) {
                try {
                    LocalDate date = LocalDate.parse(q);
                    if (quarter.getListDataView().contains(date)) {
                        quarter.setValue(date);
                    }
                } catch (DateTimeParseException broken) {
                    // a broken link keeps the latest quarter
                }
            }
        } finally {
            applying = false;
        }
    }

    private static String first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
