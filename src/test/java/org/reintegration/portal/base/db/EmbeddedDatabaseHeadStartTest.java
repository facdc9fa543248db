package org.reintegration.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded database started ahead of the rest of the portal: the database bean gets that server for
 * the same settings, nothing is started when an external database is configured, and a server nobody took
 * is stopped when the application fails.
 */
class EmbeddedDatabaseHeadStartTest {

    private final EmbeddedDatabaseHeadStart headStart = new EmbeddedDatabaseHeadStart();

    @Test
    void theDatabaseBeanGetsTheServerStartedAheadForItsSettings(@TempDir Path folder) throws Exception {
        Path dataDir = folder.resolve("mariadb");
        headStart.onApplicationEvent(prepared(Map.of("portal.embedded-db.data-dir", dataDir.toString())));

        EmbeddedMariaDb server = EmbeddedDatabaseHeadStart.claim(new EmbeddedDatabaseProperties(dataDir, 0, false))
                .orElseThrow();
        try {
            assertThat(answers(server.jdbcUrl())).isTrue();
            // taken once: a second claim starts nothing and gets nothing
            assertThat(EmbeddedDatabaseHeadStart.claim(new EmbeddedDatabaseProperties(dataDir, 0, false)))
                    .isEmpty();
        } finally {
            server.stop();
        }
    }

    @Test
    void nothingStartsAheadWhenAnExternalDatabaseIsConfigured(@TempDir Path folder) {
        Path dataDir = folder.resolve("mariadb");
        headStart.onApplicationEvent(prepared(Map.of(
                "spring.datasource.url",
                "jdbc:mysql://db.example.org/portal",
                "portal.embedded-db.data-dir",
                dataDir.toString())));

        assertThat(EmbeddedDatabaseHeadStart.claim(new EmbeddedDatabaseProperties(dataDir, 0, false)))
                .isEmpty();
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void aServerNobodyTookIsStoppedWhenTheApplicationFails(@TempDir Path folder) throws Exception {
        Path dataDir = folder.resolve("mariadb");
        int port = freePort();
        headStart.onApplicationEvent(prepared(Map.of(
                "portal.embedded-db.data-dir", dataDir.toString(),
                "portal.embedded-db.port", Integer.toString(port))));
        // other settings: not the server started ahead
        assertThat(EmbeddedDatabaseHeadStart.claim(new EmbeddedDatabaseProperties(folder.resolve("other"), 0, false)))
                .isEmpty();

        headStart.onApplicationEvent(new ApplicationFailedEvent(
                new SpringApplication(), new String[0], new GenericApplicationContext(), new IllegalStateException()));

        String url = "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&connectTimeout=2000";
        assertThat(answers(url)).isFalse();
        assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedMariaDb.USER, "")
                        .close())
                .isInstanceOf(SQLException.class);
    }

    private static ApplicationEnvironmentPreparedEvent prepared(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment);
    }

    private static boolean answers(String url) {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedMariaDb.USER, "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
