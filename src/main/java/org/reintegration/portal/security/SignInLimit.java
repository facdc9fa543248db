package org.reintegration.portal.security;

import java.time.Duration;
import java.util.Locale;
import org.reintegration.portal.base.limit.AttemptLimits;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, at most {@value #ACCOUNT_FAILURES} wrong ones per account and
 * {@value #ADDRESS_FAILURES} per address within {@link #WINDOW}. Past either, every attempt is refused,
 * the right password included, until the window has passed; refused attempts do not count, so the
 * window ends {@link #WINDOW} after the last wrong password at the latest.
 *
 * <p>The counts live in the database ({@link AttemptLimits}), so the limit holds across every node and
 * restart. Whether the account exists changes nothing: a name that matches no account is counted and
 * refused the same way, with the same message. The address is the request's: behind the reverse proxy,
 * production takes it from the forwarded headers ({@code server.forward-headers-strategy}).
 */
@Component
class SignInLimit implements AuthenticationProvider {

    static final int ACCOUNT_FAILURES = 10;
    static final int ADDRESS_FAILURES = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final String ACCOUNT_SCOPE = "signin.account";
    static final String ADDRESS_SCOPE = "signin.address";

    private final AuthenticationProvider passwords;
    private final AttemptLimits limits;

    SignInLimit(UserDetailsService users, PasswordEncoder encoder, AttemptLimits limits) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        this.passwords = passwords;
        this.limits = limits;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String account = account(attempt.getName());
        String address = address(attempt);
        if (limits.count(ACCOUNT_SCOPE, account, WINDOW) >= ACCOUNT_FAILURES
                || (address != null && limits.count(ADDRESS_SCOPE, address, WINDOW) >= ADDRESS_FAILURES)) {
            throw new SignInLockedException(WINDOW);
        }
        try {
            return passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            limits.record(ACCOUNT_SCOPE, account, WINDOW);
            if (address != null) {
                limits.record(ADDRESS_SCOPE, address, WINDOW);
            }
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Usernames compare without regard to case or surrounding spaces, so that neither opens a second count. */
    private static String account(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
