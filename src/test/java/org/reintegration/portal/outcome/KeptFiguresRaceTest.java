package org.reintegration.portal.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.OUTCOME_FIGURE;
import static org.reintegration.portal.base.jooq.Tables.OUTCOME_RESPONSE;
import static org.reintegration.portal.grant.GrantSamples.as;
import static org.reintegration.portal.outcome.OutcomeServiceTest.MAPPING;
import static org.reintegration.portal.outcome.OutcomeServiceTest.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real threads on the real database, committing, as two nodes would: an import that starts while another is still
 * open computes the kept figures over both, never over a view that misses the other's answers.
 */
@PortalTest
@WithUserDetails("staff")
class KeptFiguresRaceTest {

    private static final LocalDate QUARTER = LocalDate.of(2018, 4, 1);

    @Autowired
    SurveyImportService surveys;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    CommunityService communities;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DSLContext db;

    @AfterEach
    void forgetTheQuarter() {
        // Quarters are suppressed apart, so removing one quarter's answers and figures leaves the others right.
        db.deleteFrom(OUTCOME_FIGURE)
                .where(OUTCOME_FIGURE.QUARTER_START.eq(QUARTER))
                .execute();
        db.deleteFrom(OUTCOME_RESPONSE)
                .where(OUTCOME_RESPONSE.QUARTER_START.eq(QUARTER))
                .execute();
    }

    @Test
    void an_import_that_starts_while_another_is_open_counts_the_others_answers_too() throws Exception {
        List<Community> two = communities.list(CommunityFilter.ALL, CommunitySort.NAME, 0, 2);
        CountDownLatch firstImported = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> slow = pool.submit(() ->
                    as(users, "staff", () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        surveys.importAll(sixAnswers(two.get(0)), MAPPING);
                        firstImported.countDown();
                        sleep(1500);
                    })));
            Future<?> meanwhile = pool.submit(() -> {
                await(firstImported);
                as(users, "staff", () -> surveys.importAll(sixAnswers(two.get(1)), MAPPING));
            });
            slow.get(60, TimeUnit.SECONDS);
            meanwhile.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }

        as(users, "staff", () -> {
            assertThat(respondents(two.get(0)))
                    .as("the first import's community")
                    .isEqualTo(6);
            assertThat(respondents(two.get(1)))
                    .as("the second import's community")
                    .isEqualTo(6);
        });
    }

    private int respondents(Community c) {
        return outcomes.communityFigures(c.id()).stream()
                .filter(f -> f.quarter().equals(QUARTER) && f.cohort() == Cohort.ALL)
                .mapToInt(Figure::respondents)
                .findFirst()
                .orElse(0);
    }

    private static org.reintegration.portal.interop.kobo.KoboExport sixAnswers(Community c) {
        StringBuilder csv = new StringBuilder(OutcomeServiceTest.HEADER);
        for (int i = 0; i < 6; i++) {
            csv.append(OutcomeServiceTest.row(
                    c,
                    "2018-05-0" + (i + 1),
                    i % 2 == 0 ? "female" : "male",
                    "satisfied",
                    UUID.randomUUID().toString()));
        }
        try {
            return export(csv.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
