package org.reintegration.portal.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reintegration.portal.base.AdminAreasChanged;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.outcome.repository.OutcomeFigureRepository;
import org.reintegration.portal.outcome.repository.OutcomeRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures every page shows, computed by {@link FigureTable} once per change and kept in the database, so that a
 * page reads a few rows instead of adding up every survey answer. Kept rows are figures as shown (suppressed), never
 * sums: nothing smaller than a group of five is stored that the answers themselves do not already hold.
 *
 * <p>Every change of what figures are computed from refreshes them: an import (the quarters it added answers to,
 * since each quarter is suppressed as its own table) and a scheme applied (all) in their own transaction, a change of
 * the admin-area tree (all) right after it commits. Each starts by locking one row ({@link #lock}) before reading anything, so that changes on
 * several nodes at once are computed one after the other, each over everything committed before it; readers on any
 * node read committed rows, never one node's memory.
 */
@Component
class FigureStore {

    private final OutcomeRepository outcomes;
    private final OutcomeFigureRepository figures;
    private final AppliedScheme applied;
    private final Clock clock;
    private final TransactionTemplate transaction;

    FigureStore(
            OutcomeRepository outcomes,
            OutcomeFigureRepository figures,
            AppliedScheme applied,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.outcomes = outcomes;
        this.figures = figures;
        this.applied = applied;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Taken first in a transaction that changes what figures are computed from. */
    void lock() {
        figures.lock();
    }

    /**
     * Computes the figures of the given quarters (all: null) under a scheme version and keeps them in place of the
     * old ones; the caller holds {@link #lock}. Kept figures of another
     * version are all computed anew.
     */
    void refresh(SchemeVersion scheme, Collection<LocalDate> quarters) {
        if (quarters != null && !figures.refreshedVersion().equals(Optional.of(scheme.version()))) {
            quarters = null;
        }
        List<Tally> tallies = outcomes.tallies(scheme.version(), scheme.scheme().threshold(), quarters);
        Map<PCode, PCode> tree = figures.parentIndex();
        List<Figure> computed = FigureTable.of(tallies, area -> Optional.ofNullable(tree.get(area)));
        figures.replace(scheme.version(), quarters, computed, now());
    }

    /**
     * The admin-area tree changed in this transaction: areas' figures add up other communities now. They are
     * computed anew once it commits, in a transaction of their own that takes the lock before reading anything (the
     * boundary import read before it could take the lock, so its view could miss an import committed meanwhile).
     */
    @EventListener
    public void on(AdminAreasChanged changed) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refreshAll();
                }
            });
        } else {
            refreshAll();
        }
    }

    private void refreshAll() {
        transaction.executeWithoutResult(status -> {
            lock();
            applied.get().ifPresent(scheme -> refresh(scheme, null));
        });
    }

    /**
     * On start, computes the figures when none are kept for the applied version (a database that had survey answers
     * before figures were kept).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void catchUp() {
        transaction.executeWithoutResult(status -> {
            lock();
            applied.get().ifPresent(scheme -> {
                if (!figures.refreshedVersion().equals(Optional.of(scheme.version()))) {
                    refresh(scheme, null);
                }
            });
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
