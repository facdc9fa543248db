package org.reintegration.portal.selection.voting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts wrong codes per origin (an IP address, or a browser session) so that neither the voting page
 * nor the JSON endpoint can be used to try codes cheaply: after {@code limit} unknown codes within the
 * window, that origin is refused until the oldest failure leaves the window. Correct codes are never
 * slowed down, so a tablet or SMS gateway syncing many ballots from one address is not affected.
 * Kept in memory: per application node, forgotten on restart; with 60-bit codes it only needs to make
 * guessing slow, not impossible.
 */
@Component
public class FailedCodeAttempts {

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    FailedCodeAttempts(
            Clock clock,
            @Value("${portal.voting.failed-code-limit:20}") int limit,
            @Value("${portal.voting.failed-code-window:PT10M}") Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /** Whether the origin may try a code now. A {@code null} origin (staff entering paper) is never limited. */
    public boolean mayTry(String origin) {
        if (origin == null) {
            return true;
        }
        Deque<Instant> times = failures.get(origin);
        if (times == null) {
            return true;
        }
        synchronized (times) {
            forgetOld(times);
            return times.size() < limit;
        }
    }

    public void recordFailure(String origin) {
        if (origin == null) {
            return;
        }
        if (failures.size() > 100_000) {
            failures.clear(); // bounded memory under a flood of origins; the limit then restarts for all
        }
        Deque<Instant> times = failures.computeIfAbsent(origin, o -> new ArrayDeque<>());
        synchronized (times) {
            forgetOld(times);
            times.addLast(clock.instant());
        }
    }

    private void forgetOld(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }
}
