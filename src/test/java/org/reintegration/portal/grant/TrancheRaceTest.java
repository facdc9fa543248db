package org.reintegration.portal.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.grant.GrantSamples.as;
import static org.reintegration.portal.grant.GrantSamples.bd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real threads on the real database, committing: what is prepared from a tranche never passes its amount,
 * however many staff prepare at once. (The grants these tests make stay in the database: the audit trail
 * cannot be deleted.)
 */
@PortalTest
class TrancheRaceTest {

    @Autowired
    GrantService grants;

    @Autowired
    ProjectService projects;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlatformTransactionManager transactions;

    private Grant grant;
    private Tranche first;

    @BeforeEach
    void activeGrant() {
        as(users, "staff", () -> {
            long project = GrantSamples.demoProjects(projects, 1).getFirst();
            grant = GrantSamples.active(grants, project, users, "staff2");
            first = grants.tranches(grant.id()).getFirst();
        });
    }

    @Test
    void a_preparation_made_while_another_is_still_open_waits_for_it_and_sees_it() throws Exception {
        CountDownLatch firstPrepared = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // The first preparation keeps its transaction open a while after claiming 400,000 of 600,000.
            Future<?> slow = pool.submit(() ->
                    as(users, "staff", () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        grants.prepareDisbursement(grant.id(), first.id(), bd("400000"), "first");
                        firstPrepared.countDown();
                        sleep(1500);
                    })));
            AtomicReference<Object> second = new AtomicReference<>();
            Future<?> meanwhile = pool.submit(() -> {
                await(firstPrepared);
                as(users, "staff2", () -> {
                    try {
                        second.set(grants.prepareDisbursement(grant.id(), first.id(), bd("400000"), "second"));
                    } catch (InvalidFieldException refused) {
                        second.set(refused.messageKey());
                    }
                });
            });
            slow.get(30, TimeUnit.SECONDS);
            meanwhile.get(30, TimeUnit.SECONDS);

            assertThat(second.get()).isEqualTo("grants.error.tranche-exceeded");
        } finally {
            pool.shutdown();
        }
        assertThat(claimed()).isEqualByComparingTo("400000");
    }

    @Test
    void many_simultaneous_preparations_claim_no_more_than_the_tranche_holds() throws Exception {
        int threads = 10;
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String who = i % 2 == 0 ? "staff" : "staff2";
                all.add(pool.submit(() -> {
                    await(start);
                    as(users, who, () -> {
                        try {
                            grants.prepareDisbursement(grant.id(), first.id(), bd("100000"), null);
                        } catch (InvalidFieldException refused) {
                            refusals.add(refused.messageKey());
                        }
                    });
                }));
            }
            start.countDown();
            for (Future<?> each : all) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(claimed()).isEqualByComparingTo("600000");
        assertThat(refusals).hasSize(4).containsOnly("grants.error.tranche-exceeded");
    }

    private BigDecimal claimed() {
        BigDecimal[] sum = new BigDecimal[1];
        as(users, "staff", () -> sum[0] = GrantFigures.claimed(first, grants.disbursements(grant.id())));
        return sum[0];
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
