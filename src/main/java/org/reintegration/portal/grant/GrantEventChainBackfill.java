package org.reintegration.portal.grant;

import java.util.List;
import org.reintegration.portal.grant.repository.GrantEventRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, computes the hashes of audit-trail events recorded before the hash chain existed (changelog
 * 0018 numbered them; SHA-256 is computed here, by the same {@link EventChain} that seals new events). Only
 * links without a hash are filled, one grant per transaction; an append that finds a grant still unsealed seals
 * it first, so nothing waits for this.
 */
@Component
class GrantEventChainBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GrantEventChainBackfill.class);

    private final GrantEventRepository events;
    private final TransactionTemplate transaction;

    GrantEventChainBackfill(GrantEventRepository events, TransactionTemplate transaction) {
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> grants = events.grantsWithUnsealedEvents();
        for (long grant : grants) {
            transaction.executeWithoutResult(status -> events.sealRecordedEarlier(grant));
        }
        if (!grants.isEmpty()) {
            log.info("Chained the audit trails of {} grants recorded before the hash chain", grants.size());
        }
    }
}
