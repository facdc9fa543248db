package org.reintegration.portal.base;

import java.time.Duration;
import java.util.List;

/**
 * Refused because too many attempts came from one place (an address, an account) within a window;
 * nothing was stored. Forms show {@link #messageKey()} with {@link #minutes()}, the longest wait before
 * the window has passed.
 */
public class TooManyAttemptsException extends InvalidInputException {

    private final String messageKey;
    private final long minutes;

    public TooManyAttemptsException(String messageKey, Duration wait) {
        super("too many attempts; try again in " + wait.toMinutes() + " minutes", List.of());
        this.messageKey = messageKey;
        this.minutes = Math.max(1, wait.toMinutes());
    }

    public String messageKey() {
        return messageKey;
    }

    public long minutes() {
        return minutes;
    }
}
