package org.reintegration.portal.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused because of too many wrong passwords; says nothing about whether the account exists. */
public class SignInLockedException extends AuthenticationException {

    private final long minutes;

    SignInLockedException(Duration wait) {
        super("Too many failed sign-ins");
        this.minutes = Math.max(1, wait.toMinutes());
    }

    /** The longest wait, in minutes, before signing in is possible again. */
    public long minutes() {
        return minutes;
    }
}
