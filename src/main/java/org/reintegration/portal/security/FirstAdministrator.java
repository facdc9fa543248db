package org.reintegration.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of a production installation from {@code PORTAL_ADMIN_USERNAME}
 * and {@code PORTAL_ADMIN_PASSWORD}, when no administrator exists yet. Afterwards the variables
 * change nothing and can be removed.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserService users;
    private final String username;
    private final String password;

    FirstAdministrator(
            UserService users,
            @Value("${portal.first-admin.username:}") String username,
            @Value("${portal.first-admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank()) {
            return;
        }
        if (!UserAccountData.isValidUsername(username) || !UserAccountData.isAcceptablePassword(password)) {
            throw new IllegalStateException("PORTAL_ADMIN_USERNAME must be 2-60 lower-case letters, digits, '.', '_'"
                    + " or '-', and PORTAL_ADMIN_PASSWORD at least " + UserAccountData.PASSWORD_MIN + " characters");
        }
        if (users.createFirstAdministrator(username, password)) {
            log.info("First administrator '{}' created from the environment", username);
        }
    }
}
