package org.reintegration.portal.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.TextRenderer;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.provider.ProviderType;
import org.reintegration.portal.community.provider.ServiceProvider;
import org.reintegration.portal.community.provider.ServiceProviderFilter;
import org.reintegration.portal.community.provider.ServiceProviderService;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;

/**
 * Stakeholder and service mapping: the service providers the user may see, found by area (with
 * everything below it), type and whether they accept referrals, a page at a time. Staff add, edit
 * and delete; local authorities read. Contacts are organisations', shown to both.
 */
@Route("providers")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class ServiceProviderListView extends VerticalLayout implements HasPageHeading {

    private final ServiceProviderService providers;
    private final CommunityService communities;
    final ComboBox<AdminArea> area = new ComboBox<>();
    final Select<ProviderType> type = new Select<>();
    final Checkbox referralsOnly = new Checkbox();
    final Grid<ServiceProvider> grid = new Grid<>();
    private final List<AdminArea> areaChoices = new ArrayList<>();
    private final Map<PCode, AdminArea> areasByCode;

    public ServiceProviderListView(
            ServiceProviderService providers,
            CommunityService communities,
            AdminAreaService areas,
            CurrentUser currentUser) {
        this.providers = providers;
        this.communities = communities;
        setSizeFull();
        for (int level = 1; level <= 3; level++) {
            areaChoices.addAll(areas.listAreas(level));
        }
        areasByCode =
                areaChoices.stream().collect(Collectors.toMap(AdminArea::pcode, Function.identity(), (a, b) -> a));

        area.setLabel(getTranslation("providers.filter.area"));
        area.setItems(areaChoices);
        area.setItemLabelGenerator(this::areaLabel);
        area.setClearButtonVisible(true);
        area.setId("provider-area-filter");
        type.setLabel(getTranslation("providers.filter.type"));
        type.setItems(ProviderType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("providers.filter.any"));
        type.setItemLabelGenerator(
                t -> t == null ? getTranslation("providers.filter.any") : getTranslation("provider-type." + t.name()));
        type.setId("provider-type-filter");
        referralsOnly.setLabel(getTranslation("providers.filter.referrals"));
        referralsOnly.setId("provider-referrals-filter");
        area.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        referralsOnly.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(area, type, referralsOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // the filters and the add button wrap on a phone instead of widening the page
        filters.setWrap(true);
        if (currentUser.hasRole(Role.STAFF)) {
            Button add = new Button(getTranslation("providers.new"), VaadinIcon.PLUS.create(), click -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-provider");
            filters.add(add);
            grid.addItemClickListener(click -> edit(click.getItem()));
        }

        grid.addColumn(p -> p.data().name())
                .setHeader(getTranslation("providers.name"))
                .setFlexGrow(2);
        grid.addColumn(p -> orEmpty(p.data().organisation()))
                .setHeader(getTranslation("providers.organisation"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation("provider-type." + p.data().type().name()))
                .setHeader(getTranslation("providers.type"));
        grid.addColumn(p -> getTranslation("stakeholder-kind." + p.data().kind().name()))
                .setHeader(getTranslation("providers.kind"));
        grid.addColumn(p -> areaLabel(areasByCode.get(p.data().area()), p.data().area()))
                .setHeader(getTranslation("providers.area"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.communityName() == null ? getTranslation("providers.whole-area") : p.communityName())
                .setHeader(getTranslation("providers.community"));
        grid.addColumn(p -> orEmpty(p.data().contact()))
                .setHeader(getTranslation("providers.contact"))
                .setFlexGrow(2);
        grid.addColumn(p -> orEmpty(p.data().capacity())).setHeader(getTranslation("providers.capacity"));
        grid.addColumn(p -> getTranslation(p.data().acceptsReferrals() ? "providers.yes" : "providers.no"))
                .setHeader(getTranslation("providers.accepts-referrals"));
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(p -> dates.format(p.updatedAt())).setHeader(getTranslation("providers.updated"));
        // Staff read the notes in the dialog a click opens; everyone else reads them below the row.
        grid.setItemDetailsRenderer(new TextRenderer<>(p -> orEmpty(p.data().notes())));
        grid.setDetailsVisibleOnClick(!currentUser.hasRole(Role.STAFF));
        grid.setId("provider-grid");
        add(filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        PCode chosen = area.getValue() == null ? null : area.getValue().pcode();
        ServiceProviderFilter filter = new ServiceProviderFilter(type.getValue(), referralsOnly.getValue());
        grid.setItems(
                query -> providers.inArea(chosen, filter, query.getOffset(), query.getLimit()).stream(),
                query -> providers.countInArea(chosen, filter));
    }

    private void edit(ServiceProvider provider) {
        new ServiceProviderDialog(providers, communities, provider, areaChoices, this::areaLabel, this::refresh).open();
    }

    private String areaLabel(AdminArea area) {
        return area.pcode().value() + " · " + area.nameIn(getLocale());
    }

    private String areaLabel(AdminArea area, PCode pcode) {
        return area == null ? pcode.value() : areaLabel(area);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String pageHeading() {
        return getTranslation("providers.title");
    }
}
