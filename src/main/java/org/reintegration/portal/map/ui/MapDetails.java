package org.reintegration.portal.map.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.community.CommunityPoint;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.map.AreaValue;
import org.reintegration.portal.map.Choropleth;
import org.reintegration.portal.project.ProjectPoint;

/**
 * The panel beside the map that describes what was clicked: an area with its figures, a community, a
 * project or a gap, each with a link to its own page.
 */
class MapDetails extends Div {

    MapDetails() {
        setId("map-details");
        addClassName("map-details");
        add(new Paragraph(getTranslation("map.details.hint")));
    }

    void showArea(AdminArea area, AreaValue value, Choropleth choropleth) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        removeAll();
        add(
                new H3(area.nameIn(getLocale())),
                line("map.details.pcode", area.pcode().value()));
        add(line("map.details.level", "ADM" + area.level()));
        if (area.parent() != null) {
            add(line("map.details.parent", area.parent().value()));
        }
        if (choropleth != null && choropleth.period() != null) {
            add(line(
                    "map.period",
                    BidiText.isolate(choropleth.period().label()) + " ("
                            + choropleth.period().end() + ")"));
        }
        String returnees = value == null || (value.returnees() == null && !value.fewerThanFive() && !value.withheld())
                ? getTranslation("map.no-data")
                : value.fewerThanFive()
                        ? getTranslation("map.legend.fewer-than-five")
                        : value.withheld() ? getTranslation("counts.withheld") : numbers.format(value.returnees());
        add(line("map.details.returnees", returnees));
        if (value != null && value.population() != null) {
            add(line("map.details.population", numbers.format(value.population())));
            if (value.returnees() != null) {
                NumberFormat rate = NumberFormat.getNumberInstance(getLocale());
                rate.setMaximumFractionDigits(1);
                add(line("map.details.rate", rate.format(value.returnees() * 1000.0 / value.population())));
            }
        }
        add(link("communities?area=" + area.pcode().value(), "map.details.open-communities"));
    }

    void showCommunity(CommunityPoint community) {
        removeAll();
        add(new H3(community.name()), line("map.details.pcode", community.area().value()));
        add(line("map.details.tension", tensionText(community.tension())));
        if (community.returneeShare() != null) {
            add(line("map.details.returnee-share", percent(community.returneeShare())));
        }
        if (community.assessedOn() != null) {
            add(line("map.details.profiled", community.assessedOn().toString()));
        }
        add(link("communities/" + community.id(), "map.details.open-community"));
    }

    void showProject(ProjectPoint project) {
        removeAll();
        add(new H3(projectTitle(project)));
        add(line("projects.dimension", getTranslation(project.dimension().labelKey())));
        if (project.type() != null) {
            add(line("map.filter.type", getTranslation(project.type().labelKey())));
        }
        add(line(
                "projects.status",
                getTranslation("projects.status." + project.status().name())));
        add(line("map.details.progress", project.progressPercent() + " %"));
        add(line("map.details.pcode", project.area().value()));
        if (project.atCommunity()) {
            add(new Paragraph(getTranslation("map.details.at-community")));
        }
        add(link("projects/" + project.id(), "map.details.open-project"));
    }

    void showGap(CommunityPoint community) {
        removeAll();
        add(new H3(community.name()));
        add(new Paragraph(getTranslation(
                "map.gap.why",
                tensionText(community.tension()),
                community.returneeShare() == null ? "?" : percent(community.returneeShare()))));
        add(link("communities/" + community.id(), "map.details.open-community"));
    }

    String projectTitle(ProjectPoint project) {
        return project.title() == null
                ? getTranslation(
                        "map.project.confidential",
                        getTranslation(project.dimension().labelKey()))
                : project.title();
    }

    String tensionText(TensionLevel tension) {
        return tension == null
                ? getTranslation("map.legend.not-profiled")
                : getTranslation("tension." + tension.name());
    }

    private String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private Paragraph line(String labelKey, String value) {
        Span label = new Span(getTranslation("label.colon", getTranslation(labelKey)) + " ");
        label.getStyle().set("font-weight", "600");
        return new Paragraph(label, new Span(value));
    }

    private Anchor link(String href, String textKey) {
        Anchor link = new Anchor(href, getTranslation(textKey));
        link.setId("map-details-link");
        return link;
    }
}
