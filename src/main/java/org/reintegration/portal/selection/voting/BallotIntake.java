package org.reintegration.portal.selection.voting;

import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.TRY_AGAIN;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.reintegration.portal.base.db.TransientConflicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's ballot intake: ballots handed in are queued, and one writer thread takes whatever is
 * queued when it is free (up to {@code portal.voting.batch-max}) and writes the lot in one transaction
 * ({@link BallotWriter}). While one batch is written the ballots arriving meanwhile make up the next, so
 * batches grow with the load and a ballot at a quiet moment waits for nothing but its own commit
 * (docs/benchmarks.md, ballot intake). {@code portal.voting.batch-window}, zero by default, can make the
 * writer wait that long after the first ballot of a batch for more. Each caller is answered only after that transaction committed: a ballot
 * acknowledged is stored. Conflicts the database reports (deadlock, Galera certification failure, lock
 * wait timeout) make the whole batch run again, up to {@code portal.voting.batch-attempts} times, which
 * is safe because nothing of it committed; any other failure answers every ballot of the batch
 * TRY_AGAIN, and nothing of it is stored.
 */
@Component
class BallotIntake {

    private static final Logger LOG = LoggerFactory.getLogger(BallotIntake.class);
    private static final int QUEUE_CAPACITY = 20_000;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(90);

    private final BallotWriter writer;
    private final long windowNanos;
    private final int maxBatch;
    private final int attempts;
    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread thread;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private volatile boolean running = true;

    BallotIntake(
            BallotWriter writer,
            @Value("${portal.voting.batch-window:PT0S}") Duration window,
            @Value("${portal.voting.batch-max:500}") int maxBatch,
            @Value("${portal.voting.batch-attempts:4}") int attempts) {
        this.writer = writer;
        this.windowNanos = window.toNanos();
        this.maxBatch = maxBatch;
        this.attempts = attempts;
        this.thread = Thread.ofPlatform().daemon().name("ballot-intake").start(this::run);
    }

    private record Queued(PendingBallot ballot, long arrived, CompletableFuture<Void> answer) {}

    /**
     * Hands a ballot in and waits until its batch is written.
     *
     * @throws BallotRejectedException UNKNOWN_CODE, USED_CODE, ROUND_NOT_OPEN or INVALID_CHOICE as found
     *                                 when writing, or TRY_AGAIN when the database failed; nothing stored
     *                                 then
     */
    void cast(PendingBallot ballot) {
        CompletableFuture<Void> answer = enqueue(ballot);
        try {
            answer.get(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BallotRejectedException rejected) {
                throw rejected;
            }
            throw tryAgain(e.getCause());
        } catch (TimeoutException e) {
            throw tryAgain(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw tryAgain(e);
        }
    }

    /** Hands a ballot in; the future completes when its batch is written (exceptionally if refused). */
    CompletableFuture<Void> enqueue(PendingBallot ballot) {
        Queued queued = new Queued(ballot, System.nanoTime(), new CompletableFuture<>());
        if (!running || !queue.offer(queued)) {
            queued.answer.completeExceptionally(tryAgain(null));
        }
        return queued.answer;
    }

    /** Batches this intake has committed since it started. */
    long batchesWritten() {
        return batches.get();
    }

    /** Ballots (counted or refused) in the batches this intake has committed. */
    long ballotsWritten() {
        return written.get();
    }

    private void run() {
        while (running) {
            try {
                Queued first = queue.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    write(collect(first));
                }
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.error("Ballot intake failed", e);
            }
        }
    }

    private List<Queued> collect(Queued first) throws InterruptedException {
        List<Queued> batch = new ArrayList<>();
        batch.add(first);
        long deadline = first.arrived + windowNanos;
        while (batch.size() < maxBatch) {
            long left = deadline - System.nanoTime();
            Queued next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
            if (next == null) {
                break;
            }
            batch.add(next);
        }
        return batch;
    }

    private void write(List<Queued> batch) {
        List<PendingBallot> ballots = new ArrayList<>(batch.size());
        batch.forEach(q -> ballots.add(q.ballot()));
        for (int attempt = 1; ; attempt++) {
            try {
                List<Optional<BallotRejectedException>> answers = writer.write(ballots);
                batches.incrementAndGet();
                written.addAndGet(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    Optional<BallotRejectedException> refusal = answers.get(i);
                    if (refusal.isEmpty()) {
                        batch.get(i).answer.complete(null);
                    } else {
                        batch.get(i).answer.completeExceptionally(refusal.get());
                    }
                }
                return;
            } catch (RuntimeException e) {
                if (attempt < attempts && TransientConflicts.isRetryable(e)) {
                    LOG.info("Batch of {} ballots met a conflict, writing it again: {}", batch.size(), e.getMessage());
                    pause(attempt);
                    continue;
                }
                LOG.error("Batch of {} ballots not written; every ballot of it is answered TRY_AGAIN", batch.size(), e);
                batch.forEach(q -> q.answer.completeExceptionally(tryAgain(e)));
                return;
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static BallotRejectedException tryAgain(Throwable cause) {
        BallotRejectedException e = new BallotRejectedException(TRY_AGAIN, "the ballot could not be stored now");
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false; // the thread ends after the batch it is writing, if any
        thread.join(Duration.ofSeconds(10));
        List<Queued> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(q -> q.answer.completeExceptionally(tryAgain(null)));
    }
}
