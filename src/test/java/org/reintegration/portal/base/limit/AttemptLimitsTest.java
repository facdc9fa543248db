package org.reintegration.portal.base.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reintegration.portal.base.jooq.Tables.ATTEMPT_COUNT;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.limit.repository.AttemptCountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Real threads on the real database, committing. Two limiters on one database stand for two
 * application nodes; their clocks are set by the test.
 */
@PortalTest
class AttemptLimitsTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Autowired
    AttemptCountRepository repository;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DSLContext db;

    private final String scope = "test." + UUID.randomUUID().toString().substring(0, 8);
    private Instant now = Instant.parse("2026-11-30T10:00:30Z");

    @AfterEach
    void forget() {
        db.deleteFrom(ATTEMPT_COUNT).where(ATTEMPT_COUNT.SCOPE.eq(scope)).execute();
    }

    private AttemptLimits node() {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new AttemptLimits(repository, clock, transactions, "");
    }

    @Test
    void attempts_recorded_on_two_nodes_at_once_are_all_counted_on_both() throws Exception {
        AttemptLimits first = node();
        AttemptLimits second = node();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> all = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                AttemptLimits node = i % 2 == 0 ? first : second;
                all.add(pool.submit(() -> {
                    start.await();
                    return node.record(scope, "203.0.113.7", TEN_MINUTES);
                }));
            }
            start.countDown();
            for (Future<?> each : all) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(first.count(scope, "203.0.113.7", TEN_MINUTES)).isEqualTo(200);
        assertThat(second.count(scope, "203.0.113.7", TEN_MINUTES)).isEqualTo(200);
        assertThat(first.count(scope, "203.0.113.8", TEN_MINUTES)).isZero();
    }

    @Test
    void record_says_how_many_attempts_the_key_made_in_the_window_including_this_one() {
        AttemptLimits limits = node();
        assertThat(limits.record(scope, "k", TEN_MINUTES)).isEqualTo(1);
        now = now.plusSeconds(200);
        assertThat(limits.record(scope, "k", TEN_MINUTES)).isEqualTo(2);
        assertThat(limits.record(scope, "other", TEN_MINUTES)).isEqualTo(1);
    }

    @Test
    void attempts_leave_the_window_by_whole_minutes_and_their_rows_are_swept() {
        AttemptLimits limits = node();
        limits.record(scope, "k", TEN_MINUTES); // in the bucket of 10:00
        now = now.plusSeconds(5 * 60); // 10:05:30
        limits.record(scope, "k", TEN_MINUTES);
        assertThat(limits.count(scope, "k", TEN_MINUTES)).isEqualTo(2);

        now = Instant.parse("2026-11-30T10:09:59Z");
        assertThat(limits.count(scope, "k", TEN_MINUTES)).isEqualTo(2);
        now = Instant.parse("2026-11-30T10:10:00Z");
        assertThat(limits.count(scope, "k", TEN_MINUTES)).isEqualTo(1);
        assertThat(rows()).isEqualTo(2);

        limits.sweep();
        assertThat(rows()).isEqualTo(1);
        now = Instant.parse("2026-11-30T10:15:00Z");
        limits.sweep();
        assertThat(rows()).isZero();
        assertThat(limits.count(scope, "k", TEN_MINUTES)).isZero();
    }

    @Test
    void long_windows_use_coarser_buckets_so_a_key_keeps_at_most_sixty_rows() {
        AttemptLimits limits = node();
        Duration month = Duration.ofDays(30);
        for (int hour = 0; hour < 24 * 30; hour++) {
            limits.record(scope, "gateway", month);
            now = now.plus(Duration.ofHours(1));
        }
        assertThat(rows()).isLessThanOrEqualTo(60);
        assertThat(limits.count(scope, "gateway", month)).isBetween(24 * 29, 24 * 30);
    }

    @Test
    void keys_are_stored_as_keyed_hashes_never_as_given() {
        AttemptLimits limits = node();
        limits.record(scope, "198.51.100.23", TEN_MINUTES);
        byte[] stored = db.select(ATTEMPT_COUNT.KEY_HASH)
                .from(ATTEMPT_COUNT)
                .where(ATTEMPT_COUNT.SCOPE.eq(scope))
                .fetchSingle()
                .value1();
        assertThat(stored).hasSize(32);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("198.51.100.23");
        assertThat(new AttemptLimits(repository, Clock.systemUTC(), transactions, "another secret")
                        .count(scope, "198.51.100.23", TEN_MINUTES))
                .as("another secret gives other hashes")
                .isZero();
    }

    @Test
    void a_scope_or_window_out_of_shape_is_refused() {
        AttemptLimits limits = node();
        assertThatThrownBy(() -> limits.record("", "k", TEN_MINUTES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limits.record(scope, "k", Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private int rows() {
        return db.fetchCount(ATTEMPT_COUNT, ATTEMPT_COUNT.SCOPE.eq(scope));
    }
}
