package org.reintegration.portal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;

@PortalTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void a_locked_sign_in_says_how_long_to_wait_without_saying_whether_the_account_exists() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("locked", "15"));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("Too many failed sign-ins, try again in 15 minutes.");
    }

    @Test
    void a_wrong_password_reads_as_before_and_a_made_up_wait_is_ignored() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));
        assertThat(find(LoginForm.class).single().isError()).isTrue();

        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("locked", "forever"));
        assertThat(find(LoginForm.class).single().isError()).isFalse();
    }
}
