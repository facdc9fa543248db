package org.reintegration.portal.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (first administrator, demo data) through the same secured services that users
 * call, as an administrator named "system", so that no back door around the checks is needed.
 */
public final class SystemTask {

    private SystemTask() {}

    public static void runAsAdministrator(Runnable task) {
        callAsAdministrator(() -> {
            task.run();
            return null;
        });
    }

    /** Like {@link #runAsAdministrator}, for work that gives a result. */
    public static <T> T callAsAdministrator(Supplier<T> task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system",
                null,
                List.of(
                        new SimpleGrantedAuthority(Role.ADMIN.authority()),
                        new SimpleGrantedAuthority(Role.STAFF.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
