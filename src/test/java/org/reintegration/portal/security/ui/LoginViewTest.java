package org.reintegration.portal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;

@PortalTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void a_locked_sign_in_says_how_long_to_wait_without_saying_whether_the_account_exists() {
        navigate("login?locked=15", LoginView.class);

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("Too many failed sign-ins, try again in 15 minutes.");
    }

    @Test
    void a_wrong_password_reads_as_before_and_a_made_up_wait_is_ignored() {
        navigate("login?error", LoginView.class);
        assertThat(find(LoginForm.class).single().isError()).isTrue();

        navigate("login?locked=forever", LoginView.class);
        assertThat(find(LoginForm.class).single().isError()).isFalse();
    }
}
