package org.reintegration.portal.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.security.UserAccount;
import org.reintegration.portal.security.UserService;

/** Administrators create accounts, give them a role and, for local authorities, their areas. */
@Route("admin/users")
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdminView extends VerticalLayout implements HasPageHeading {

    private final UserService users;
    private final AdminAreaService areas;
    private final Grid<UserAccount> grid = new Grid<>();

    public UserAdminView(UserService users, AdminAreaService areas) {
        this.users = users;
        this.areas = areas;
        setSizeFull();

        Button add = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), click -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-user");

        grid.addColumn(UserAccount::username)
                .setHeader(getTranslation("users.username"))
                .setAutoWidth(true);
        grid.addColumn(UserAccount::displayName)
                .setHeader(getTranslation("users.display-name"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.role"));
        grid.addColumn(u -> u.scopes().stream().map(PCode::value).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.scopes"));
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.status"));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setId("user-grid");
        add(new HorizontalLayout(add), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void open(UserAccount account) {
        List<AdminArea> scopeChoices = new ArrayList<>();
        for (int level = 0; level <= 2; level++) {
            scopeChoices.addAll(areas.listAreas(level));
        }
        new UserDialog(users, account, scopeChoices, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(users.listUsers());
    }

    @Override
    public String pageHeading() {
        return getTranslation("users.title");
    }
}
