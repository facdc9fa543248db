package org.reintegration.portal.base.limit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.reintegration.portal.base.db.TransientConflicts;
import org.reintegration.portal.base.limit.repository.AttemptCountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts attempts (wrong voting codes, failed sign-ins, proposals) per key within a time window, in the
 * database, so that a limit holds across every application node and survives restarts, in bounded
 * space.
 *
 * <p>How: an attempt adds one to the row of its <em>scope</em> (what is counted, e.g.
 * {@code "voting.wrong-code.origin"}), its key and the current fixed time <em>bucket</em> (one minute
 * for windows up to an hour, a sixtieth of the window beyond), by one atomic
 * {@code INSERT … ON DUPLICATE KEY UPDATE n = n + 1}; a count adds up the buckets that lie in the window.
 * Counts are therefore exact per bucket and the window is rounded to whole buckets: it covers between
 * {@code window − bucket} and {@code window} of the past. Rows whose buckets have left their window are
 * deleted by a sweep run at most once a minute per node, so the table holds at most one row per key and
 * bucket of the last window.
 *
 * <p>Keys are stored only as HMAC-SHA-256 hashes, keyed with {@code portal.limits.secret} when set (set
 * it on every node), else with a random secret drawn once and kept in the database. Never a raw address
 * or user name. Use one window per scope: two windows on one scope share its rows.
 *
 * <p>{@link #record} runs in its own transaction (a new one even inside the caller's), so that an
 * attempt stays counted when the caller's transaction rolls back, e.g. because the code was wrong.
 */
@Service
public class AttemptLimits {

    /** The longest scope name. */
    public static final int SCOPE_MAX = 60;

    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final int RETRIES = 3;

    private final AttemptCountRepository counts;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate reading;
    private final String configuredSecret;
    private final AtomicLong lastSweep = new AtomicLong();
    private volatile SecretKeySpec hashKey;

    AttemptLimits(
            AttemptCountRepository counts,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${portal.limits.secret:}") String configuredSecret) {
        this.counts = counts;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.configuredSecret = configuredSecret;
    }

    /**
     * Records one attempt of {@code key} in {@code scope} now, committed at once in its own transaction,
     * and says how many attempts the key has made in the window, this one included.
     *
     * @param scope  what is counted, at most {@value #SCOPE_MAX} characters, e.g. {@code "signin.user"}
     * @param key    who or where it comes from (an address, a user name, a gateway id); stored hashed
     * @param window how far back attempts count, at least a minute
     * @return the attempts within the window, this one included
     */
    public int record(String scope, String key, Duration window) {
        Slice slice = slice(scope, key, window);
        int made = retrying(() -> ownTransaction.execute(status -> {
            counts.add(slice.scope, slice.hash, slice.bucket, slice.bucket + slice.bucketSeconds * slice.buckets);
            return counts.sum(slice.scope, slice.hash, slice.firstBucket());
        }));
        sweepNowAndThen(slice.now);
        return made;
    }

    /**
     * How many attempts {@code key} has made in {@code scope} within the window, without recording one.
     *
     * @see #record
     */
    public int count(String scope, String key, Duration window) {
        Slice slice = slice(scope, key, window);
        return retrying(() -> reading.execute(status -> counts.sum(slice.scope, slice.hash, slice.firstBucket())));
    }

    /** Deletes every row whose bucket has left its window; the count of rows deleted. Also run by {@link #record}. */
    public int sweep() {
        return retrying(() -> ownTransaction.execute(
                status -> counts.deleteExpired(clock.instant().getEpochSecond())));
    }

    private void sweepNowAndThen(long now) {
        long last = lastSweep.get();
        if (now - last >= MINUTE && lastSweep.compareAndSet(last, now)) {
            sweep();
        }
    }

    private Slice slice(String scope, String key, Duration window) {
        if (scope == null || scope.isBlank() || scope.length() > SCOPE_MAX) {
            throw new IllegalArgumentException("A scope of 1 to " + SCOPE_MAX + " characters, not " + scope);
        }
        if (key == null) {
            throw new IllegalArgumentException("No key");
        }
        long seconds = window.toSeconds();
        if (seconds < MINUTE) {
            throw new IllegalArgumentException("A window of at least a minute, not " + window);
        }
        long bucketSeconds = seconds <= HOUR ? MINUTE : Math.ceilDiv(seconds, 60);
        long buckets = Math.ceilDiv(seconds, bucketSeconds);
        long now = clock.instant().getEpochSecond();
        return new Slice(scope, hash(key), now, now - Math.floorMod(now, bucketSeconds), bucketSeconds, buckets);
    }

    private record Slice(String scope, byte[] hash, long now, long bucket, long bucketSeconds, long buckets) {
        long firstBucket() {
            return bucket - (buckets - 1) * bucketSeconds;
        }
    }

    private byte[] hash(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey());
            return mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private SecretKeySpec hashKey() {
        SecretKeySpec key = hashKey;
        if (key == null) {
            byte[] secret = configuredSecret.isBlank()
                    ? retrying(() -> ownTransaction.execute(status -> counts.sharedSecret()))
                    : configuredSecret.getBytes(StandardCharsets.UTF_8);
            key = new SecretKeySpec(secret, "HmacSHA256");
            hashKey = key;
        }
        return key;
    }

    private static <T> T retrying(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= RETRIES || !TransientConflicts.isRetryable(e)) {
                    throw e;
                }
            }
        }
    }
}
