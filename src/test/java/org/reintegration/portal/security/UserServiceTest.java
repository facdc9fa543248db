package org.reintegration.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.PCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class UserServiceTest {

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithMockUser(roles = {"ADMIN", "STAFF"})
    void an_administrator_creates_a_local_authority_scoped_to_a_prefecture() {
        long id = users.createUser(
                new UserAccountData(
                        "Prefet.Siguiri",
                        "Préfet de Siguiri",
                        "Préfecture de Siguiri",
                        Role.AUTHORITY,
                        Set.of(PCode.of("GN004005"))),
                "a long enough secret");

        UserAccount created =
                users.listUsers().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
        assertThat(created.username()).isEqualTo("prefet.siguiri");
        assertThat(created.scopes()).containsExactly(PCode.of("GN004005"));
        PortalUser signIn = (PortalUser) userDetails.loadUserByUsername("prefet.siguiri");
        assertThat(signIn.getPassword()).startsWith("{bcrypt}").doesNotContain("a long enough secret");
        assertThat(passwordEncoder.matches("a long enough secret", signIn.getPassword()))
                .isTrue();
        assertThat(signIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_AUTHORITY");
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "STAFF"})
    void a_taken_username_is_refused_next_to_the_username_field() {
        assertThatThrownBy(() -> users.createUser(
                        new UserAccountData("staff", "Someone", null, Role.STAFF, Set.of()), "a long enough secret"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(e.messageKey()).isEqualTo("users.error.username-taken");
                });
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "STAFF"})
    void a_local_authority_needs_an_area_and_other_roles_have_none() {
        assertThatThrownBy(() -> users.createUser(
                        new UserAccountData("mayor", "Mayor", null, Role.AUTHORITY, Set.of()), "a long enough secret"))
                .hasFieldOrPropertyWithValue("messageKey", "users.error.scopes-required");
        assertThatThrownBy(() -> users.createUser(
                        new UserAccountData("clerk", "Clerk", null, Role.STAFF, Set.of(PCode.of("GN004"))),
                        "a long enough secret"))
                .hasFieldOrPropertyWithValue("messageKey", "users.error.scopes-only-authority");
        assertThatThrownBy(() -> users.createUser(
                        new UserAccountData("ghost", "Ghost", null, Role.AUTHORITY, Set.of(PCode.of("GN099"))),
                        "a long enough secret"))
                .hasFieldOrPropertyWithValue("messageKey", "users.error.unknown-area");
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "STAFF"})
    void a_short_password_is_refused() {
        assertThatThrownBy(() -> users.createUser(
                        new UserAccountData("newcomer", "Newcomer", null, Role.STAFF, Set.of()), "short"))
                .hasFieldOrPropertyWithValue("field", "password");
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "STAFF"})
    void the_last_active_administrator_cannot_be_demoted_or_disabled() {
        UserAccount admin = users.listUsers().stream()
                .filter(u -> u.username().equals("admin"))
                .findFirst()
                .orElseThrow();
        UserAccountData asStaff = new UserAccountData("admin", admin.displayName(), null, Role.STAFF, Set.of());
        UserAccountData same = new UserAccountData("admin", admin.displayName(), null, Role.ADMIN, Set.of());

        assertThatThrownBy(() -> users.updateUser(admin.id(), asStaff, true, null))
                .hasFieldOrPropertyWithValue("messageKey", "users.error.last-admin");
        assertThatThrownBy(() -> users.updateUser(admin.id(), same, false, null))
                .hasFieldOrPropertyWithValue("messageKey", "users.error.last-admin");
    }

    @Test
    @WithUserDetails("staff")
    void staff_cannot_manage_users() {
        assertThatThrownBy(() -> users.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.createUser(
                        new UserAccountData("sneaky", "Sneaky", null, Role.ADMIN, Set.of()), "a long enough secret"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("authority")
    void any_signed_in_user_keeps_their_language() {
        users.setOwnLanguage("ar");

        assertThat(((PortalUser) userDetails.loadUserByUsername("authority")).preferredLanguage())
                .isEqualTo("ar");
    }

    @Test
    @WithUserDetails("authority")
    void a_changed_language_holds_at_once_for_the_signed_in_user_not_only_at_the_next_sign_in() {
        users.setOwnLanguage("ar");
        users.setOwnLanguage("fr");

        PortalUser signedIn = (PortalUser) org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication()
                .getPrincipal();
        assertThat(signedIn.preferredLanguage()).isEqualTo("fr");
        assertThat(signedIn.username()).isEqualTo("authority");
        assertThat(org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication()
                        .isAuthenticated())
                .isTrue();
    }
}
