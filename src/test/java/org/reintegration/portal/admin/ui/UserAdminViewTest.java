package org.reintegration.portal.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.security.UserAccount;
import org.reintegration.portal.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Test
    @WithUserDetails("admin")
    void an_administrator_creates_a_local_authority_for_a_region() {
        navigate(UserAdminView.class);
        test(find(Button.class).withId("new-user").single()).click();
        UserDialog dialog = find(UserDialog.class).single();

        test(dialog.username).setValue("gouverneur.labe");
        test(dialog.displayName).setValue("Gouverneur de Labé");
        test(dialog.role).selectItem("Local authority");
        dialog.scopes.setValue(dialog.scopes
                .getListDataView()
                .getItems()
                .filter(a -> a.pcode().value().equals("GN006"))
                .collect(java.util.stream.Collectors.toSet()));
        test(dialog.password).setValue("twelve chars!");
        test(dialog.save).click();

        List<UserAccount> shown = gridItems();
        assertThat(shown).anySatisfy(user -> {
            assertThat(user.username()).isEqualTo("gouverneur.labe");
            assertThat(user.role()).isEqualTo(Role.AUTHORITY);
            assertThat(user.scopes()).extracting(p -> p.value()).containsExactly("GN006");
        });
        assertThat(find(UserDialog.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void each_problem_is_shown_next_to_its_field_and_nothing_is_saved() {
        int before = users.listUsers().size();
        navigate(UserAdminView.class);
        test(find(Button.class).withId("new-user").single()).click();
        UserDialog dialog = find(UserDialog.class).single();

        test(dialog.username).setValue("staff");
        test(dialog.displayName).setValue("Another staff");
        test(dialog.role).selectItem("Local authority");
        test(dialog.password).setValue("short");
        test(dialog.save).click();

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Use at least 10 characters.");
        assertThat(dialog.scopes.isInvalid()).isTrue();
        assertThat(dialog.scopes.getErrorMessage()).isEqualTo("A local authority needs at least one area.");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.role).selectItem("Programme staff");
        test(dialog.password).setValue("long enough password");
        test(dialog.save).click();

        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("This username is already in use.");
        assertThat(users.listUsers()).hasSize(before);
    }

    @SuppressWarnings("unchecked")
    private List<UserAccount> gridItems() {
        Grid<UserAccount> grid = find(Grid.class).withId("user-grid").single();
        return grid.getGenericDataView().getItems().toList();
    }
}
