package org.reintegration.portal.selection.voting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.reintegration.portal.Application;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ballot intake through the JSON endpoint: {@value #CLIENTS} concurrent clients each submit their
 * share of {@value #BALLOTS} ballots over HTTP to a portal running on its embedded MariaDB with
 * durable commits; and the raw single-row insert-and-commit rate of the same database, measured in
 * the same run just before and just after the ballots (the intake is compared with the higher of the
 * two). Clients are plain HTTP/1.1 keep-alive sockets ({@link PlainHttpConnection}), or the JDK's
 * HttpClient with {@code -Dbench.client=jdk}. Checks at the end that every ballot was counted once and no
 * code twice. Run by
 * {@code src/bench/ballot-intake.sh}; docs/benchmarks.md keeps the figures.
 */
public final class BallotIntakeBenchmark {

    private static final int CLIENTS = 200;
    private static final int BALLOTS = Integer.getInteger("bench.ballots", 10_000);
    private static final int RAW_INSERTS = 3_000;
    private static final int OPEN_LOOP_RATE = 100;
    private static final int OPEN_LOOP_BALLOTS = Integer.getInteger("bench.open-loop-ballots", 1_500);
    private static final boolean JDK_CLIENT = "jdk".equals(System.getProperty("bench.client"));

    private static double closedLoopSeconds;

    private BallotIntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext portal = SpringApplication.run(
                Application.class,
                "--spring.profiles.active=test",
                "--server.port=0",
                "--logging.level.root=WARN",
                // only the JSON endpoint is measured: no frontend bundle and no development server needed
                "--vaadin.productionMode=true",
                "--portal.voting.failed-code-limit=1000000");
        int exit = 0;
        try {
            exit = run(portal);
        } finally {
            portal.close();
        }
        System.exit(exit);
    }

    private static int run(ConfigurableApplicationContext portal) throws Exception {
        DSLContext db = portal.getBean(DSLContext.class);
        VotingService voting = portal.getBean(VotingService.class);
        int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores, java %s, %s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                db.fetchValue("select version()"));
        Object flush = db.fetchValue("select @@innodb_flush_log_at_trx_commit");
        System.out.println("innodb_flush_log_at_trx_commit = " + flush + " (1: every commit is flushed to disk)");
        if (!"1".equals(String.valueOf(flush))) {
            db.execute("set global innodb_flush_log_at_trx_commit = 1");
        }

        RoundFixture fixture = new RoundFixture(db);
        RoundFixture.Round round =
                fixture.round("Intake benchmark", Phase.VOTING, BallotFormat.APPROVAL, 10_000, 3000, 2500, 2000);
        List<String> codes = new ArrayList<>();
        SystemTask.runAsAdministrator(() -> {
            int needed = BALLOTS + OPEN_LOOP_BALLOTS;
            for (int drawn = 0; drawn < needed; drawn += VotingService.MAX_CODES_PER_BATCH) {
                int count = Math.min(VotingService.MAX_CODES_PER_BATCH, needed - drawn);
                codes.addAll(voting.generateCodes(round.id(), count, Locale.ENGLISH, false, "x")
                        .codes());
            }
        });

        BallotClients http = JDK_CLIENT ? new BallotClients.Jdk(port) : new BallotClients.Plain(port);
        System.out.println("clients: "
                + (JDK_CLIENT
                        ? "the JDK's HttpClient"
                        : "one plain HTTP/1.1 keep-alive" + " socket per client (PlainHttpConnection)"));
        writeBackSetUp();
        warmUp(http);
        // the raw rate before the intake too: other work on the machine may change between the two
        double raw10Before = rawInserts(portal.getBean(DataSource.class), 10);
        System.out.printf(Locale.ROOT, "raw insert-and-commit, 10 connections, before: %.0f rows/s%n", raw10Before);
        BallotIntake intake = portal.getBean(BallotIntake.class);
        long batchesBefore = intake.batchesWritten();
        long[] latencies = new long[BALLOTS];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger counted = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    for (int i = next.getAndIncrement(); i < BALLOTS; i = next.getAndIncrement()) {
                        long choice = round.initiative(1 + i % 3);
                        String body = "{\"code\":\"" + codes.get(i) + "\",\"roundId\":" + round.id() + ",\"choices\":["
                                + choice + "]}";
                        long sent = System.nanoTime();
                        PlainHttpConnection.Response answer = http.post(body);
                        latencies[i] = System.nanoTime() - sent;
                        if (answer.status() == 201) {
                            counted.incrementAndGet();
                        } else {
                            failures.add(answer.status() + " " + answer.body());
                        }
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread client : clients) {
            client.join();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        closedLoopSeconds = seconds;

        int stored = db.fetchCount(
                org.reintegration.portal.base.jooq.Tables.BALLOT,
                org.reintegration.portal.base.jooq.Tables.BALLOT.ROUND_ID.eq(round.id()));
        int usedCodes = db.fetchCount(
                org.reintegration.portal.base.jooq.Tables.VOTING_CODE,
                org.reintegration.portal.base.jooq.Tables.VOTING_CODE
                        .ROUND_ID
                        .eq(round.id())
                        .and(org.reintegration.portal.base.jooq.Tables.VOTING_CODE.USED.isTrue()));
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "ballot intake, %d clients over HTTP: %d ballots in %.1f s = %.0f ballots/s; latency p50 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms%n",
                CLIENTS,
                BALLOTS,
                seconds,
                BALLOTS / seconds,
                sorted[BALLOTS / 2] / 1e6,
                sorted[(int) (BALLOTS * 0.99)] / 1e6,
                sorted[BALLOTS - 1] / 1e6);
        System.out.printf(
                Locale.ROOT,
                "check: %d answered 201, %d refused, %d ballots stored, %d codes used%n",
                counted.get(),
                failures.size(),
                stored,
                usedCodes);
        failures.stream().limit(5).forEach(f -> System.out.println("  refused: " + f));
        System.out.printf(
                Locale.ROOT,
                "batches: %d, %.1f ballots per batch on average%n",
                intake.batchesWritten() - batchesBefore,
                (double) BALLOTS / Math.max(1, intake.batchesWritten() - batchesBefore));

        openLoop(http, round, codes.subList(BALLOTS, BALLOTS + OPEN_LOOP_BALLOTS), failures, counted, intake);

        DataSource dataSource = portal.getBean(DataSource.class);
        // counted after the open loop too: every ballot of both runs must be stored once
        stored = db.fetchCount(
                org.reintegration.portal.base.jooq.Tables.BALLOT,
                org.reintegration.portal.base.jooq.Tables.BALLOT.ROUND_ID.eq(round.id()));
        System.out.printf(
                Locale.ROOT,
                "check after both runs: %d answered 201, %d refused, %d ballots stored%n",
                counted.get(),
                failures.size(),
                stored);
        http.close();
        System.out.printf(Locale.ROOT, "raw insert-and-commit, 1 connection: %.0f rows/s%n", rawInserts(dataSource, 1));
        double raw10After = rawInserts(dataSource, 10);
        System.out.printf(Locale.ROOT, "raw insert-and-commit, 10 connections, after: %.0f rows/s%n", raw10After);
        // against the higher of the two raw rates: a machine that got busier during the run does not help
        double raw10 = Math.max(raw10Before, raw10After);
        System.out.printf(
                Locale.ROOT,
                "intake against the raw 10-connection rate of this run: %.2f x (%.0f ballots/s against %.0f rows/s)%n",
                BALLOTS / closedLoopSeconds / raw10,
                BALLOTS / closedLoopSeconds,
                raw10);
        fixture.delete(round);

        int total = BALLOTS + OPEN_LOOP_BALLOTS;
        boolean ok = counted.get() == total && failures.isEmpty() && stored == total;
        System.out.println(ok ? "no ballot lost, none counted twice" : "MISMATCH: ballots lost or counted twice");
        return ok ? 0 : 1;
    }

    /**
     * Ballots sent at a fixed rate whatever the answers take (an open loop, as voters arrive), each
     * latency measured from the moment it was due: queueing behind slow answers counts.
     */
    private static void openLoop(
            BallotClients http,
            RoundFixture.Round round,
            List<String> codes,
            ConcurrentLinkedQueue<String> failures,
            AtomicInteger counted,
            BallotIntake intake)
            throws Exception {
        long batchesBefore = intake.batchesWritten();
        long[] latencies = new long[codes.size()];
        long periodNanos = 1_000_000_000L / OPEN_LOOP_RATE;
        long began = System.nanoTime() + 50_000_000L;
        try (var senders = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < codes.size(); i++) {
                int n = i;
                long due = began + n * periodNanos;
                senders.submit(() -> {
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    String body = "{\"code\":\"" + codes.get(n) + "\",\"roundId\":" + round.id() + ",\"choices\":["
                            + round.initiative(1 + n % 3) + "]}";
                    try {
                        PlainHttpConnection.Response answer = http.post(body);
                        latencies[n] = System.nanoTime() - due;
                        if (answer.status() == 201) {
                            counted.incrementAndGet();
                        } else {
                            failures.add(answer.status() + " " + answer.body());
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                });
            }
        }
        long batches = intake.batchesWritten() - batchesBefore;
        long[] sorted = latencies.clone();
        // when the slow answers came: a stall of the whole intake shows as one run of them, due one after another
        int slow = 0;
        int firstSlow = -1;
        int lastSlow = -1;
        for (int i = 0; i < latencies.length; i++) {
            if (latencies[i] > 50_000_000L) {
                slow++;
                firstSlow = firstSlow < 0 ? i : firstSlow;
                lastSlow = i;
            }
        }
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "open loop, %d ballots/s offered: p50 %.0f ms, p99 %.0f ms%n",
                OPEN_LOOP_RATE,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6);
        System.out.printf(
                Locale.ROOT,
                "open loop: max %.0f ms over %d ballots; batches %d%n",
                sorted[sorted.length - 1] / 1e6,
                codes.size(),
                batches);
        if (slow > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "open loop: %d answers over 50 ms, due between %.2f s and %.2f s after its start%n",
                    slow,
                    firstSlow / (double) OPEN_LOOP_RATE,
                    lastSlow / (double) OPEN_LOOP_RATE);
        }
    }

    /**
     * Has the operating system write to disk what the set-up left in its page cache: above all the embedded
     * database's binaries, unpacked at the start (about 360 MB). Linux writes such data back half a minute
     * or more after it was written, in one burst that holds up every commit's flush to disk for a few hundred
     * milliseconds; left alone, that burst falls inside whichever measurement is running then (it was the
     * single stall of the open loop, docs/benchmarks.md).
     */
    private static void writeBackSetUp() throws IOException, InterruptedException {
        long began = System.nanoTime();
        int exit = new ProcessBuilder("sync").inheritIO().start().waitFor();
        System.out.printf(
                Locale.ROOT,
                "set-up written to disk before measuring (sync%s): %.1f s%n",
                exit == 0 ? "" : " failed, exit " + exit,
                (System.nanoTime() - began) / 1e9);
    }

    private static void warmUp(BallotClients http) throws Exception {
        for (int i = 0; i < 200; i++) {
            http.post("{\"code\":\"\",\"choices\":[]}");
        }
    }

    /** Single-row inserts, each its own transaction (autocommit), spread over the given connections. */
    private static double rawInserts(DataSource dataSource, int connections) throws Exception {
        try (var setup = dataSource.getConnection();
                var statement = setup.createStatement()) {
            statement.execute("create table if not exists bench_insert (id bigint auto_increment primary key,"
                    + " round_id bigint not null, channel varchar(10) not null) engine=InnoDB");
            statement.execute("truncate table bench_insert");
        }
        AtomicInteger next = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        long began = System.nanoTime();
        for (int w = 0; w < connections; w++) {
            writers.add(Thread.ofPlatform().start(() -> {
                try (var connection = dataSource.getConnection();
                        var insert = connection.prepareStatement(
                                "insert into bench_insert (round_id, channel) values (?, ?)")) {
                    connection.setAutoCommit(true);
                    while (next.getAndIncrement() < RAW_INSERTS) {
                        insert.setLong(1, 1);
                        insert.setString(2, "ONLINE");
                        insert.executeUpdate();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread writer : writers) {
            writer.join();
        }
        double rate = RAW_INSERTS / ((System.nanoTime() - began) / 1e9);
        try (var cleanup = dataSource.getConnection();
                var statement = cleanup.createStatement()) {
            statement.execute("drop table bench_insert");
        }
        return rate;
    }
}
