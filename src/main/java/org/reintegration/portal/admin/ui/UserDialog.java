package org.reintegration.portal.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.security.UserAccount;
import org.reintegration.portal.security.UserAccountData;
import org.reintegration.portal.security.UserService;

/**
 * Creates or edits an account. Each problem is shown next to its field; nothing is saved until the
 * whole form is right.
 */
class UserDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final TextField office = new TextField();
    final Select<Role> role = new Select<>();
    final MultiSelectComboBox<AdminArea> scopes = new MultiSelectComboBox<>();
    final PasswordField password = new PasswordField();
    final Checkbox enabled = new Checkbox();
    final Button save = new Button();

    private final UserService users;
    private final UserAccount existing;
    private final Runnable onSaved;

    UserDialog(UserService users, UserAccount existing, List<AdminArea> scopeChoices, Runnable onSaved) {
        this.users = users;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "users.new" : "users.edit"));

        username.setLabel(getTranslation("users.username"));
        username.setMaxLength(UserAccountData.USERNAME_MAX);
        username.setHelperText(getTranslation("users.username.help"));
        username.setId("user-username");
        displayName.setLabel(getTranslation("users.display-name"));
        displayName.setMaxLength(UserAccountData.DISPLAY_NAME_MAX);
        displayName.setId("user-display-name");
        office.setLabel(getTranslation("users.office"));
        office.setMaxLength(UserAccountData.OFFICE_MAX);
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setId("user-role");
        role.addValueChangeListener(e -> scopes.setEnabled(e.getValue() == Role.AUTHORITY));
        scopes.setLabel(getTranslation("users.scopes"));
        scopes.setHelperText(getTranslation("users.scopes.help"));
        scopes.setItems(scopeChoices);
        scopes.setItemLabelGenerator(a -> a.pcode().value() + " · " + a.nameIn(getLocale()));
        scopes.setId("user-scopes");
        password.setLabel(getTranslation(existing == null ? "users.password" : "users.new-password"));
        password.setHelperText(getTranslation("users.password.help", UserAccountData.PASSWORD_MIN));
        password.setMaxLength(UserAccountData.PASSWORD_MAX);
        password.setId("user-password");
        enabled.setLabel(getTranslation("users.enabled"));

        FormLayout form = new FormLayout(username, displayName, office, role, scopes, password);
        if (existing != null) {
            Map<PCode, AdminArea> byCode =
                    scopeChoices.stream().collect(Collectors.toMap(AdminArea::pcode, Function.identity(), (a, b) -> a));
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            office.setValue(existing.office() == null ? "" : existing.office());
            role.setValue(existing.role());
            scopes.setValue(existing.scopes().stream()
                    .map(byCode::get)
                    .filter(a -> a != null)
                    .collect(Collectors.toSet()));
            enabled.setValue(existing.enabled());
            form.add(enabled);
        } else {
            role.setValue(Role.STAFF);
        }
        add(form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setId("user-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    void save() {
        List.<HasValidation>of(username, displayName, office, role, scopes, password)
                .forEach(f -> f.setInvalid(false));
        if (!check()) {
            return;
        }
        Set<PCode> scopeCodes = scopes.getValue().stream().map(AdminArea::pcode).collect(Collectors.toSet());
        UserAccountData data = new UserAccountData(
                username.getValue(),
                displayName.getValue(),
                office.getValue(),
                role.getValue(),
                role.getValue() == Role.AUTHORITY ? scopeCodes : Set.of());
        try {
            if (existing == null) {
                users.createUser(data, password.getValue());
            } else {
                users.updateUser(
                        existing.id(),
                        data,
                        enabled.getValue(),
                        password.getValue().isEmpty() ? null : password.getValue());
            }
        } catch (InvalidFieldException e) {
            HasValidation field =
                    switch (e.field()) {
                        case "username" -> username;
                        case "password" -> password;
                        case "scopes" -> scopes;
                        case "role" -> role;
                        default -> displayName;
                    };
            field.setErrorMessage(getTranslation(e.messageKey()));
            field.setInvalid(true);
            return;
        }
        onSaved.run();
        close();
    }

    private boolean check() {
        boolean ok = true;
        if (!UserAccountData.isValidUsername(username.getValue())) {
            ok = invalid(username, "users.error.username");
        }
        if (displayName.getValue().isBlank()) {
            ok = invalid(displayName, "users.error.display-name");
        }
        if (role.getValue() == null) {
            ok = invalid(role, "users.error.role");
        }
        if (role.getValue() == Role.AUTHORITY && scopes.getValue().isEmpty()) {
            ok = invalid(scopes, "users.error.scopes-required");
        }
        boolean passwordRequired = existing == null || !password.getValue().isEmpty();
        if (passwordRequired && !UserAccountData.isAcceptablePassword(password.getValue())) {
            ok = invalid(password, "users.error.password-weak");
        }
        return ok;
    }

    private boolean invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key, UserAccountData.PASSWORD_MIN));
        field.setInvalid(true);
        return false;
    }
}
