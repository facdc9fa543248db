package org.reintegration.portal.community.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.community.profile.AgeBand;
import org.reintegration.portal.community.profile.PopulationCount;
import org.reintegration.portal.community.profile.PopulationGroup;
import org.reintegration.portal.community.profile.ProfileData;
import org.reintegration.portal.community.profile.Sex;

/**
 * The people section of a profile: population and households, and for each population group a table of
 * counts by sex and age band. Empty cells are counts not made, not zeros.
 */
class PeopleSection extends VerticalLayout {

    /** One cell of the counts table. */
    record CountKey(PopulationGroup group, Sex sex, AgeBand ageBand) {}

    final IntegerField population = new IntegerField();
    final IntegerField households = new IntegerField();
    final Map<CountKey, IntegerField> counts = new LinkedHashMap<>();

    PeopleSection() {
        setPadding(false);
        population.setLabel(getTranslation("profiles.field.population"));
        households.setLabel(getTranslation("profiles.field.households"));
        add(new FormLayout(population, households));
        for (PopulationGroup group : PopulationGroup.values()) {
            add(countsTable(group));
        }
        for (IntegerField field : fields()) {
            field.setMin(0);
            field.setStepButtonsVisible(false);
            field.setManualValidation(true);
        }
    }

    /** Every number of the section: population, households and each cell of the tables. */
    List<IntegerField> fields() {
        List<IntegerField> fields = new ArrayList<>(List.of(population, households));
        fields.addAll(counts.values());
        return fields;
    }

    /** The field of one cell of the counts table. */
    IntegerField count(PopulationGroup group, Sex sex, AgeBand ageBand) {
        return counts.get(new CountKey(group, sex, ageBand));
    }

    /** Shows an earlier profile's figures. */
    void fill(ProfileData data) {
        population.setValue(data.population());
        households.setValue(data.households());
        counts.values().forEach(IntegerField::clear);
        for (PopulationCount c : data.counts()) {
            IntegerField cell = count(c.group(), c.sex(), c.ageBand());
            cell.setValue(c.people() < 0 ? null : c.people());
        }
    }

    /** The cells filled in. */
    List<PopulationCount> populationCounts() {
        List<PopulationCount> people = new ArrayList<>();
        counts.forEach((key, field) -> {
            if (field.getValue() != null) {
                people.add(new PopulationCount(key.group(), key.sex(), key.ageBand(), field.getValue()));
            }
        });
        return people;
    }

    private Component countsTable(PopulationGroup group) {
        Div table = new Div();
        table.addClassName("profile-counts");
        table.getStyle()
                .set("display", "grid")
                // columns that may shrink below a number field's natural width, so the table fits a phone (375 px)
                .set(
                        "grid-template-columns",
                        "minmax(4em, auto) repeat(" + AgeBand.values().length + ", minmax(0, 1fr))")
                .set("gap", "0 var(--lumo-space-s)")
                .set("align-items", "center");
        table.add(new Span());
        for (AgeBand band : AgeBand.values()) {
            Span header = new Span(getTranslation("profiles.age." + band.name()));
            header.getStyle().set("font-size", "var(--lumo-font-size-s)").set("overflow-wrap", "anywhere");
            table.add(header);
        }
        for (Sex sex : Sex.values()) {
            table.add(new Span(getTranslation("profiles.sex." + sex.name())));
            for (AgeBand band : AgeBand.values()) {
                IntegerField cell = new IntegerField();
                cell.setAriaLabel(getTranslation("profiles.people." + group.name()) + ", "
                        + getTranslation("profiles.sex." + sex.name()) + ", "
                        + getTranslation("profiles.age." + band.name()));
                cell.setWidthFull();
                cell.getStyle().set("min-width", "0");
                counts.put(new CountKey(group, sex, band), cell);
                table.add(cell);
            }
        }
        H4 title = new H4(getTranslation("profiles.people." + group.name()));
        title.getStyle().set("margin", "var(--lumo-space-s) 0 0");
        Div wrapper = new Div(title, table);
        wrapper.setWidthFull();
        return wrapper;
    }
}
