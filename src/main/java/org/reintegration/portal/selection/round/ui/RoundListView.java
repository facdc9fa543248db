package org.reintegration.portal.selection.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.selection.round.CommunityRef;
import org.reintegration.portal.selection.round.RoundService;
import org.reintegration.portal.selection.round.SelectionRound;

/** Selection rounds the user may see, newest first; staff start new ones. */
@Route("rounds")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class RoundListView extends VerticalLayout implements HasPageHeading {

    final Grid<SelectionRound> grid = new Grid<>();

    public RoundListView(RoundService rounds, InitiativeService initiatives, CurrentUser currentUser) {
        setSizeFull();
        if (currentUser.hasRole(Role.STAFF)) {
            Button add = new Button(getTranslation("rounds.new"), VaadinIcon.PLUS.create(), click -> new RoundDialog(
                            rounds, initiatives, null, this::open)
                    .open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-round");
            add(add);
        }
        grid.addColumn(SelectionRound::name)
                .setHeader(getTranslation("rounds.name"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.communities().stream().map(CommunityRef::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("rounds.communities"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.phase().labelKey())).setHeader(getTranslation("rounds.phase"));
        grid.addColumn(r -> RoundTexts.money(
                        getLocale(), r.data().budget(), r.data().currency()))
                .setHeader(getTranslation("rounds.budget"));
        grid.addColumn(r -> getTranslation(r.data().rules().format().labelKey()))
                .setHeader(getTranslation("rounds.format"));
        grid.setItems(query -> rounds.list(query.getOffset(), query.getLimit()).stream(), query -> rounds.count());
        grid.addItemClickListener(click -> open(click.getItem().id()));
        grid.setId("round-grid");
        add(grid);
        setFlexGrow(1, grid);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(RoundDetailView.class, new RouteParameters("roundId", String.valueOf(id))));
    }

    @Override
    public String pageHeading() {
        return getTranslation("rounds.title");
    }
}
