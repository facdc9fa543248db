package org.reintegration.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reintegration.portal.base.jooq.Tables.APP_USER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.SettableClock;
import org.reintegration.portal.base.limit.AttemptLimitsForTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The real provider on the real database; its clock is the test's. Not in a test transaction: the
 * provider reads the counts in transactions of its own, as it does when a browser signs in, and would
 * not see them from inside one begun before. The accounts made are deleted afterwards.
 */
@PortalTest
class SignInLimitTest {

    private static final String PASSWORD = "a-long-enough-password";

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService details;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    /** Near the real time, so that the portal's own sweeps leave these counts alone while the test runs. */
    private final SettableClock clock = new SettableClock(Instant.now());

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteAccounts() {
        db.deleteFrom(APP_USER).where(APP_USER.USERNAME.endsWith("-" + suffix)).execute();
    }

    @Test
    void after_ten_wrong_passwords_the_right_one_is_refused_until_the_window_has_passed() {
        String victim = account("victim");
        String other = account("other");
        SignInLimit limit = new SignInLimit(details, encoder, AttemptLimitsForTests.at(clock, context));

        for (int i = 1; i <= SignInLimit.ACCOUNT_FAILURES; i++) {
            String address = "10.1.0." + i;
            assertThatThrownBy(() -> limit.authenticate(attempt(victim, "wrong-password", address)))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> limit.authenticate(attempt(victim, PASSWORD, "10.1.0.99")))
                .as("the 11th attempt, with the right password")
                .isInstanceOfSatisfying(SignInLockedException.class, e -> assertThat(e.minutes())
                        .isEqualTo(15));
        assertThatThrownBy(() -> limit.authenticate(attempt(victim.toUpperCase(), PASSWORD, "10.1.0.98")))
                .as("the same account written in capitals")
                .isInstanceOf(SignInLockedException.class);
        assertThat(limit.authenticate(attempt(other, PASSWORD, "10.1.0.99")).isAuthenticated())
                .as("another account")
                .isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> limit.authenticate(attempt(victim, PASSWORD, "10.1.0.99")))
                .isInstanceOf(SignInLockedException.class);
        clock.advance(SignInLimit.WINDOW);
        assertThat(limit.authenticate(attempt(victim, PASSWORD, "10.1.0.99")).isAuthenticated())
                .as("once the window has passed")
                .isTrue();
    }

    @Test
    void an_account_that_does_not_exist_is_counted_and_refused_with_the_same_words() {
        SignInLimit limit = new SignInLimit(details, encoder, AttemptLimitsForTests.at(clock, context));
        String nobody = "nobody-" + suffix;
        for (int i = 1; i <= SignInLimit.ACCOUNT_FAILURES; i++) {
            assertThatThrownBy(() -> limit.authenticate(attempt(nobody, "wrong-password", "10.2.0.1")))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> limit.authenticate(attempt(nobody, "wrong-password", "10.2.0.1")))
                .isInstanceOf(SignInLockedException.class)
                .hasMessage("Too many failed sign-ins");
    }

    @Test
    void fifty_wrong_passwords_from_one_address_close_it_to_every_account_but_not_other_addresses() {
        String someone = account("someone");
        SignInLimit limit = new SignInLimit(details, encoder, AttemptLimitsForTests.at(clock, context));
        String address = "10.3." + Math.floorMod(suffix.hashCode(), 250) + ".7";
        for (int i = 1; i <= SignInLimit.ADDRESS_FAILURES; i++) {
            String guessed = "guess-" + i + "-" + suffix;
            assertThatThrownBy(() -> limit.authenticate(attempt(guessed, "wrong-password", address)))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> limit.authenticate(attempt(someone, PASSWORD, address)))
                .isInstanceOf(SignInLockedException.class);
        assertThat(limit.authenticate(attempt(someone, PASSWORD, "10.4.0.1")).isAuthenticated())
                .isTrue();
    }

    @Test
    void through_the_sign_in_form_the_lock_holds_and_the_page_is_told_how_long_to_wait() throws Exception {
        String victim = account("form");
        MockMvc http = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(springSecurity())
                .build();

        for (int i = 1; i <= SignInLimit.ACCOUNT_FAILURES; i++) {
            http.perform(signIn(victim, "wrong-password")).andExpect(redirectedUrl("/login?error"));
        }

        http.perform(signIn(victim, PASSWORD)).andExpect(redirectedUrl("/login?locked=15"));
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("10.9.9.9");
                    return request;
                });
    }

    private String account(String name) {
        String username = name + "-" + suffix;
        SystemTask.runAsAdministrator(
                () -> users.createUser(new UserAccountData(username, name, null, Role.STAFF, Set.of()), PASSWORD));
        return username;
    }

    private static Authentication attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
