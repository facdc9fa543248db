package org.reintegration.portal.selection.voting;

import java.time.Duration;
import org.reintegration.portal.base.limit.AttemptLimits;
import org.reintegration.portal.selection.voting.repository.VotingGatewayRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts wrong codes per origin, in the database (so across every node, in bounded space: see
 * {@link AttemptLimits}), and says when an origin has made too many. It never decides about a correct
 * code: every code is checked, and a correct one is counted whatever its origin did before, so that an
 * SMS gateway relaying typos or a village behind one operator address cannot lock its voters out.
 * What keeps guessing hopeless is the size of the code space; see docs/adr/0007-secret-ballots.md.
 *
 * <p>An anonymous origin (an address, a browser session) may make {@code failed-code-limit} wrong codes
 * per window before its wrong codes are answered TOO_MANY_ATTEMPTS; a gateway known by its key has its
 * own, higher limit, and its wrong codes are also added to its row for staff to see.
 */
@Component
public class WrongCodeLimit {

    static final String ORIGIN_SCOPE = "voting.wrong-code.origin";
    static final String GATEWAY_SCOPE = "voting.wrong-code.gateway";

    private final AttemptLimits limits;
    private final VotingGatewayRepository gateways;
    private final int originLimit;
    private final int gatewayLimit;
    private final Duration window;

    WrongCodeLimit(
            AttemptLimits limits,
            VotingGatewayRepository gateways,
            @Value("${portal.voting.failed-code-limit:20}") int originLimit,
            @Value("${portal.voting.gateway-failed-code-limit:500}") int gatewayLimit,
            @Value("${portal.voting.failed-code-window:PT10M}") Duration window) {
        this.limits = limits;
        this.gateways = gateways;
        this.originLimit = originLimit;
        this.gatewayLimit = gatewayLimit;
        this.window = window;
    }

    /**
     * Counts a wrong code from this origin (committed at once, whatever happens to the caller's
     * transaction).
     *
     * @return whether the origin is now over its limit; never for staff (a {@code null} origin)
     */
    public boolean recordWrongCode(VotingOrigin origin) {
        if (origin == null || origin.staff()) {
            return false;
        }
        if (origin.gatewayId() != null) {
            gateways.addWrongCode(origin.gatewayId());
            return limits.record(GATEWAY_SCOPE, origin.gatewayId().toString(), window) > gatewayLimit;
        }
        return limits.record(ORIGIN_SCOPE, origin.address(), window) > originLimit;
    }

    /** The window wrong codes are counted in, in seconds: what a refused client is told to wait. */
    public long windowSeconds() {
        return window.toSeconds();
    }
}
