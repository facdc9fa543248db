package org.reintegration.portal.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.map.Choropleth;
import org.reintegration.portal.map.Classification;
import org.reintegration.portal.map.Measure;
import org.reintegration.portal.map.Period;
import org.reintegration.portal.project.ProjectStatus;
import org.reintegration.portal.selection.round.RoundService;
import org.reintegration.portal.selection.round.SelectionRound;

/**
 * The map's settings beside it, in three folding sections: the returnee choropleth (level, measure, period,
 * classes), the project filters and the gap thresholds; the overlays of other capabilities add theirs below.
 */
class MapFilters extends Div {

    final RadioButtonGroup<Integer> level = new RadioButtonGroup<>();
    final Select<Measure> measure = new Select<>();
    final Select<Period> period = new Select<>();
    final Select<Classification> classification = new Select<>();
    final Select<Dimension> dimension = new Select<>();
    final Select<InitiativeType> type = new Select<>();
    final Select<ProjectStatus> status = new Select<>();
    final ComboBox<SelectionRound> round = new ComboBox<>();
    final TextField partner = new TextField();
    final DatePicker from = Localized.datePicker(new DatePicker());
    final DatePicker to = Localized.datePicker(new DatePicker());
    final Select<TensionLevel> gapTension = new Select<>();
    final IntegerField gapShare = new IntegerField();

    MapFilters(RoundService rounds) {
        level.setId("map-level");
        level.setLabel(getTranslation("map.level"));
        level.setItems(1, 2);
        level.setItemLabelGenerator(l -> getTranslation("map.level." + l));
        measure.setId("map-measure");
        measure.setLabel(getTranslation("map.measure"));
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(m -> getTranslation("map.measure." + m.name()));
        period.setId("map-period");
        period.setLabel(getTranslation("map.period"));
        period.setItemLabelGenerator(p -> BidiText.isolate(p.label()) + " (" + p.end() + ")");
        classification.setId("map-classes");
        classification.setLabel(getTranslation("map.classes"));
        classification.setItems(Classification.values());
        classification.setItemLabelGenerator(c -> getTranslation("map.classes." + c.name()));

        dimension.setId("map-dimension");
        dimension.setLabel(getTranslation("projects.dimension"));
        dimension.setItems(Dimension.values());
        allowAny(dimension, d -> getTranslation(d.labelKey()));
        type.setId("map-type");
        type.setLabel(getTranslation("map.filter.type"));
        type.setItems(InitiativeType.values());
        allowAny(type, t -> getTranslation(t.labelKey()));
        status.setId("map-status");
        status.setLabel(getTranslation("projects.status"));
        status.setItems(ProjectStatus.values());
        allowAny(status, s -> getTranslation("projects.status." + s.name()));
        round.setId("map-round");
        round.setLabel(getTranslation("map.filter.round"));
        round.setItems(rounds.list(0, 500));
        round.setItemLabelGenerator(r -> r.data().name());
        round.setClearButtonVisible(true);
        partner.setId("map-partner");
        partner.setLabel(getTranslation("projects.partner"));
        partner.setValueChangeMode(ValueChangeMode.LAZY);
        partner.setClearButtonVisible(true);
        from.setId("map-from");
        from.setLabel(getTranslation("map.filter.from"));
        to.setId("map-to");
        to.setLabel(getTranslation("map.filter.to"));

        gapTension.setId("map-gap-tension");
        gapTension.setLabel(getTranslation("map.gaps.tension"));
        gapTension.setItems(Arrays.stream(TensionLevel.values())
                .filter(t -> t != TensionLevel.NONE)
                .toList());
        gapTension.setItemLabelGenerator(t -> getTranslation("tension." + t.name()));
        gapShare.setId("map-gap-share");
        gapShare.setLabel(getTranslation("map.gaps.share"));
        gapShare.setMin(0);
        gapShare.setMax(100);
        gapShare.setStep(5);
        gapShare.setStepButtonsVisible(true);
        gapShare.setSuffixComponent(new Span("%"));
        gapShare.setValueChangeMode(ValueChangeMode.LAZY);

        add(
                section("map.section.returnees", level, measure, period, classification),
                section("map.section.projects", dimension, type, status, round, partner, from, to),
                section("map.section.gaps", gapTension, gapShare));
        addClassName("map-settings");
    }

    /** Every field whose change redraws the map. */
    List<HasValue<?, ?>> fields() {
        return List.of(
                level,
                measure,
                period,
                classification,
                dimension,
                type,
                status,
                round,
                partner,
                from,
                to,
                gapTension,
                gapShare);
    }

    /** Sets every field from the state; the caller keeps the change events from redrawing meanwhile. */
    void show(MapState state) {
        level.setValue(state.level());
        measure.setValue(state.measure());
        classification.setValue(state.classification());
        dimension.setValue(state.dimension());
        type.setValue(state.type());
        status.setValue(state.status());
        round.setValue(round.getListDataView()
                .getItems()
                .filter(r -> state.roundId() != null && r.id() == state.roundId())
                .findFirst()
                .orElse(null));
        partner.setValue(state.partner());
        from.setValue(state.from());
        to.setValue(state.to());
        gapTension.setValue(state.minTension());
        gapShare.setValue(state.minShare());
    }

    /** The periods the choropleth knows, and the one it shows. */
    void showPeriods(Choropleth choropleth) {
        period.setItems(choropleth.periods());
        period.setValue(choropleth.period());
    }

    /** The state the fields say, with the view and the layers given. */
    MapState read(MapState current, Set<MapLayerKind> layers) {
        Integer share = gapShare.getValue();
        TensionLevel tension = gapTension.getValue();
        return new MapState(
                current.lat(),
                current.lon(),
                current.zoom(),
                layers,
                level.getValue() == null ? 1 : level.getValue(),
                measure.getValue() == null ? Measure.ABSOLUTE : measure.getValue(),
                classification.getValue() == null ? Classification.QUANTILES : classification.getValue(),
                period.getValue() == null ? null : period.getValue().end(),
                dimension.getValue(),
                type.getValue(),
                status.getValue(),
                round.getValue() == null ? null : round.getValue().id(),
                partner.getValue(),
                from.getValue(),
                to.getValue(),
                tension == null ? MapState.DEFAULT.minTension() : tension,
                share == null ? MapState.DEFAULT.minShare() : Math.max(0, Math.min(100, share)));
    }

    private Details section(String titleKey, Component... fields) {
        HorizontalLayout content = new HorizontalLayout(fields);
        content.addClassName("map-controls");
        Details section = new Details(getTranslation(titleKey), content);
        section.setId(titleKey.replace('.', '-'));
        return section;
    }

    private <T> void allowAny(Select<T> select, Function<T, String> label) {
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("map.filter.any"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("map.filter.any") : label.apply(value));
    }
}
