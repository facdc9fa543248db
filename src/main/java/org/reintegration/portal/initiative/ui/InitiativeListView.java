package org.reintegration.portal.initiative.ui;

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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.reintegration.portal.base.ui.Formats;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.initiative.CommunityChoice;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.InitiativeFilter;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.initiative.Moderation;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;

/**
 * Initiatives the user may see, newest first, a page at a time, filtered by community, dimension,
 * type and status; staff also find public proposals awaiting moderation and enter proposals of
 * community meetings.
 */
@Route("initiatives")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class InitiativeListView extends VerticalLayout implements HasPageHeading {

    final ComboBox<CommunityChoice> community = new ComboBox<>();
    final Select<Dimension> dimension = new Select<>();
    final Select<InitiativeType> type = new Select<>();
    final Select<InitiativeStatus> status = new Select<>();
    final Checkbox awaitingModeration = new Checkbox();
    final Grid<Initiative> grid = new Grid<>();
    private final InitiativeService initiatives;

    public InitiativeListView(InitiativeService initiatives, CurrentUser currentUser) {
        this.initiatives = initiatives;
        setSizeFull();
        community.setLabel(getTranslation("initiatives.community"));
        community.setItems(
                query ->
                        initiatives
                                .communityChoices(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                                .stream(),
                query -> initiatives.countCommunityChoices(query.getFilter().orElse("")));
        community.setItemLabelGenerator(CommunityChoice::name);
        community.setClearButtonVisible(true);
        community.setId("initiative-community-filter");
        dimension.setLabel(getTranslation("initiatives.dimension"));
        dimension.setItems(Dimension.values());
        dimension.setEmptySelectionAllowed(true);
        dimension.setEmptySelectionCaption(getTranslation("communities.filter.any"));
        dimension.setItemLabelGenerator(
                d -> d == null ? getTranslation("communities.filter.any") : getTranslation(d.labelKey()));
        type.setLabel(getTranslation("initiatives.type"));
        type.setItems(InitiativeType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("communities.filter.any"));
        type.setItemLabelGenerator(
                t -> t == null ? getTranslation("communities.filter.any") : getTranslation(t.labelKey()));
        status.setLabel(getTranslation("initiatives.status"));
        status.setItems(InitiativeStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("communities.filter.any"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("communities.filter.any") : getTranslation(s.labelKey()));
        status.setId("initiative-status-filter");
        awaitingModeration.setLabel(getTranslation("initiatives.filter.awaiting"));
        awaitingModeration.setId("awaiting-moderation");
        dimension.addValueChangeListener(e -> {
            type.setItems(
                    e.getValue() == null ? Arrays.asList(InitiativeType.values()) : InitiativeType.of(e.getValue()));
            refresh();
        });
        community.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        awaitingModeration.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(community, dimension, type, status);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        if (currentUser.hasRole(Role.STAFF)) {
            Button add = new Button(
                    getTranslation("initiatives.on-behalf"),
                    VaadinIcon.PLUS.create(),
                    click -> new InitiativeDialog(initiatives, null, this::open).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-initiative");
            filters.add(awaitingModeration, add);
        }

        grid.addColumn(i -> i.data().title())
                .setHeader(getTranslation("initiatives.title-field"))
                .setFlexGrow(3);
        grid.addColumn(Initiative::communityName)
                .setHeader(getTranslation("initiatives.community"))
                .setFlexGrow(2);
        grid.addColumn(i -> getTranslation(i.data().type().labelKey()))
                .setHeader(getTranslation("initiatives.type"))
                .setFlexGrow(2);
        grid.addColumn(i -> Formats.money(getLocale(), i.ballotCost(), i.currency()))
                .setHeader(getTranslation("initiatives.cost"));
        grid.addColumn(this::statusText).setHeader(getTranslation("initiatives.status"));
        grid.setId("initiative-grid");
        grid.addItemClickListener(click -> open(click.getItem().id()));
        add(filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private String statusText(Initiative initiative) {
        String text = getTranslation(initiative.status().labelKey());
        if (initiative.moderation() != null && initiative.moderation() != Moderation.APPROVED) {
            text += " · "
                    + getTranslation("moderation." + initiative.moderation().name());
        }
        return text;
    }

    void refresh() {
        InitiativeFilter filter = new InitiativeFilter(
                community.getValue() == null ? null : community.getValue().id(),
                dimension.getValue(),
                type.getValue(),
                status.getValue(),
                awaitingModeration.getValue());
        grid.setItems(
                query -> initiatives.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> initiatives.count(filter));
    }

    private void open(long id) {
        getUI().ifPresent(ui ->
                ui.navigate(InitiativeDetailView.class, new RouteParameters("initiativeId", String.valueOf(id))));
    }

    @Override
    public String pageHeading() {
        return getTranslation("initiatives.list-title");
    }
}
