package org.reintegration.portal.base.db;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded MariaDB while Spring builds the rest of the portal, so that a start waits for the
 * longer of the two rather than for both (docs/benchmarks.md, start-up). The portal's {@code main}
 * registers it; the database bean then takes the server this started ({@link #claim}), or starts one
 * itself when there is none, as in tests that build the application without {@code main}.
 *
 * <p>The head start begins once the settings are known and only when the embedded database is the one
 * the portal will use (no {@code spring.datasource.url}). If the start fails, the same failure is raised
 * when the database bean is made, as if it had been started there. A server nobody took, because the
 * application failed or does not use it, is stopped.
 */
public final class EmbeddedDatabaseHeadStart implements ApplicationListener<ApplicationEvent> {

    private static final AtomicReference<Started> STARTED = new AtomicReference<>();

    private record Started(EmbeddedDatabaseProperties properties, CompletableFuture<EmbeddedMariaDb> server) {}

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        switch (event) {
            case ApplicationEnvironmentPreparedEvent prepared -> begin(prepared.getEnvironment());
            case ApplicationReadyEvent ready -> stopUnclaimed();
            case ApplicationFailedEvent failed -> stopUnclaimed();
            default -> {}
        }
    }

    private static void begin(Environment environment) {
        // the build's ahead-of-time processing runs main() to learn the beans, and starts no database
        if (!environment.getProperty("spring.datasource.url", "").isBlank()
                || Boolean.getBoolean("spring.aot.processing")) {
            return;
        }
        EmbeddedDatabaseProperties properties =
                Binder.get(environment).bindOrCreate("portal.embedded-db", EmbeddedDatabaseProperties.class);
        CompletableFuture<EmbeddedMariaDb> server = new CompletableFuture<>();
        if (!STARTED.compareAndSet(null, new Started(properties, server))) {
            return;
        }
        Thread.ofPlatform().name("embedded-mariadb-start").daemon().start(() -> {
            try {
                server.complete(EmbeddedMariaDb.start(properties));
            } catch (RuntimeException | Error e) {
                server.completeExceptionally(e);
            }
        });
    }

    /**
     * The server started ahead for these settings, waited for if it is still starting; empty when none was
     * started for them.
     *
     * @throws RuntimeException what the start ahead failed with
     */
    static Optional<EmbeddedMariaDb> claim(EmbeddedDatabaseProperties properties) {
        Started started = STARTED.get();
        if (started == null || !started.properties().equals(properties) || !STARTED.compareAndSet(started, null)) {
            return Optional.empty();
        }
        try {
            return Optional.of(started.server().join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void stopUnclaimed() {
        Started started = STARTED.getAndSet(null);
        if (started != null) {
            // waited for, so that a failing application does not leave a server running when it exits
            try {
                started.server().join().stop();
            } catch (CompletionException e) {
                // it did not start: nothing to stop
            }
        }
    }
}
