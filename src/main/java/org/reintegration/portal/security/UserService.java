package org.reintegration.portal.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.security.repository.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts, roles and area scopes. Everything but a user's own language is for administrators. */
@Service
public class UserService {

    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AreaHierarchy areas;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserService(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            AreaHierarchy areas,
            CurrentUser currentUser,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.areas = areas;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> listUsers() {
        return users.findAll();
    }

    /**
     * Creates an enabled account.
     *
     * @throws InvalidFieldException when the username is taken, the password too weak, or the scopes do
     *     not suit the role; nothing is stored then
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createUser(UserAccountData data, String password) {
        if (users.usernameExists(data.username())) {
            throw new InvalidFieldException("username", "users.error.username-taken", data.username() + " exists");
        }
        checkPassword(password);
        checkScopes(data);
        long id = users.insert(data, passwordEncoder.encode(password), LocalDateTime.now(clock));
        log.info("User {} created with role {} by {}", data.username(), data.role(), actor());
        return id;
    }

    /**
     * Changes an account in one step: name, office, role, scopes, whether it may sign in, and (when
     * {@code newPassword} is not null) its password. The last enabled administrator can neither lose
     * the role nor be disabled. Nothing changes when any part is refused.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateUser(long id, UserAccountData data, boolean enabled, String newPassword) {
        UserAccount existing = users.find(id).orElseThrow(() -> new IllegalArgumentException("No user " + id));
        checkScopes(data);
        if (newPassword != null) {
            checkPassword(newPassword);
        }
        boolean losesAdministrator =
                existing.role() == Role.ADMIN && existing.enabled() && (data.role() != Role.ADMIN || !enabled);
        if (losesAdministrator && users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new InvalidFieldException("role", "users.error.last-admin", "last administrator");
        }
        users.update(id, data);
        users.setEnabled(id, enabled);
        if (newPassword != null) {
            users.setPasswordHash(id, passwordEncoder.encode(newPassword));
        }
        log.info(
                "User {} changed (role {}, scopes {}, enabled {}, password {}) by {}",
                existing.username(),
                data.role(),
                data.scopes(),
                enabled,
                newPassword == null ? "kept" : "reset",
                actor());
    }

    /** The signed-in user's own account (name, office, scopes), to sign what they write. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UserAccount> ownAccount() {
        return currentUser.get().flatMap(user -> users.find(user.id()));
    }

    /** Remembers the signed-in user's language for their next visit from any browser. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setOwnLanguage(String language) {
        PortalUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        users.setPreferredLanguage(user.id(), language);
        // Pages take the language of the signed-in user as the session holds it: that copy must follow at once,
        // or a user whose saved language was Arabic would keep getting Arabic pages until the next sign-in.
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication before = context.getAuthentication();
        UsernamePasswordAuthenticationToken after = UsernamePasswordAuthenticationToken.authenticated(
                user.withPreferredLanguage(language), before.getCredentials(), before.getAuthorities());
        after.setDetails(before.getDetails());
        context.setAuthentication(after);
    }

    /**
     * Creates the first administrator of a new installation. Does nothing when an administrator
     * exists already, so it is safe at every start.
     *
     * @return true if the account was created
     */
    @Transactional
    public boolean createFirstAdministrator(String username, String password) {
        if (users.countEnabledWithRole(Role.ADMIN) > 0) {
            return false;
        }
        checkPassword(password);
        UserAccountData data = new UserAccountData(username, "Administrator", null, Role.ADMIN, Set.of());
        users.insert(data, passwordEncoder.encode(password), LocalDateTime.now(clock));
        log.info("First administrator {} created", data.username());
        return true;
    }

    private void checkPassword(String password) {
        if (!UserAccountData.isAcceptablePassword(password)) {
            throw new InvalidFieldException("password", "users.error.password-weak", "password too short");
        }
    }

    private void checkScopes(UserAccountData data) {
        if (data.role() == Role.AUTHORITY && data.scopes().isEmpty()) {
            throw new InvalidFieldException("scopes", "users.error.scopes-required", "authority without scopes");
        }
        if (data.role() != Role.AUTHORITY && !data.scopes().isEmpty()) {
            throw new InvalidFieldException("scopes", "users.error.scopes-only-authority", "scopes for " + data.role());
        }
        for (PCode pcode : data.scopes()) {
            if (!areas.contains(pcode)) {
                throw new InvalidFieldException("scopes", "users.error.unknown-area", "unknown area " + pcode);
            }
        }
    }

    private String actor() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }
}
