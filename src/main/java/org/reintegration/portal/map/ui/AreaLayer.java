package org.reintegration.portal.map.ui;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AreaShape;
import org.reintegration.portal.map.AreaValue;
import org.reintegration.portal.map.Measure;
import org.reintegration.portal.map.leaflet.GeoFeature;
import org.reintegration.portal.map.leaflet.GeoJsonLayer;
import org.reintegration.portal.map.leaflet.PathStyle;

/**
 * The admin areas' layer: every outline, filled by its returnee class while the returnee layer is on, with a
 * tooltip of its name and figure ("fewer than 5", "withheld" or "no data" where there is none to show).
 */
final class AreaLayer {

    static final String ID = "admin-areas";

    private final Component texts;

    /** @param texts a component of the page, for its words */
    AreaLayer(Component texts) {
        this.texts = texts;
    }

    GeoJsonLayer of(
            List<AreaShape> shapes,
            Map<String, AreaValue> values,
            boolean showReturnees,
            Measure measure,
            Locale locale) {
        List<GeoFeature> features = shapes.stream()
                .map(shape -> {
                    AdminArea area = shape.area();
                    AreaValue value = values.get(area.pcode().value());
                    String name = BidiText.isolate(area.nameIn(locale));
                    String tooltip = showReturnees
                            ? texts.getTranslation("label.colon", name) + " " + valueText(value, measure, locale)
                            : name;
                    return new GeoFeature(
                            area.pcode().value(), shape.geometryJson(), style(value, showReturnees), tooltip, null);
                })
                .toList();
        return new GeoJsonLayer(ID, texts.getTranslation("map.layer.areas"), features, MapStyles.NO_FILL);
    }

    private static PathStyle style(AreaValue value, boolean showReturnees) {
        if (!showReturnees) {
            return MapStyles.NO_FILL;
        }
        boolean hidden = value != null && (value.fewerThanFive() || value.withheld());
        if (value == null || (value.classIndex() < 0 && !hidden)) {
            return MapStyles.NO_DATA;
        }
        return hidden ? MapStyles.FEWER_THAN_FIVE : MapStyles.classStyle(value.classIndex());
    }

    private String valueText(AreaValue value, Measure measure, Locale locale) {
        if (value == null || (value.value() == null && !value.fewerThanFive() && !value.withheld())) {
            return texts.getTranslation("map.no-data");
        }
        if (value.fewerThanFive()) {
            return texts.getTranslation("map.legend.fewer-than-five");
        }
        if (value.withheld()) {
            return texts.getTranslation("counts.withheld");
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return measure == Measure.ABSOLUTE
                ? format.format(value.value())
                : texts.getTranslation("map.rate", format.format(value.value()));
    }
}
