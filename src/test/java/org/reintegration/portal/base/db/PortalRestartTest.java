package org.reintegration.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The portal started the README's way, stopped and started again on the same data folder, in a JVM
 * of its own each time (what the operating system sees: the process ends, its shutdown hooks run).
 * The folder lies under the system's temporary folder, where a data folder used to be taken for a
 * throw-away one.
 */
class PortalRestartTest {

    private static final Duration START = Duration.ofMinutes(6);

    Path dataDir;

    @BeforeEach
    void freshFolder() throws Exception {
        dataDir = Files.createTempDirectory("portal-restart-test-");
    }

    @AfterEach
    void removeFolder() throws Exception {
        FileSystemUtils.deleteRecursively(dataDir);
    }

    @Test
    void aSecondStartOnTheSameDataFolderFindsWhatTheFirstLeft() throws Exception {
        String pepper;
        try (PortalProcess first = PortalProcess.start(dataDir, "--portal.demo.enabled=false")) {
            first.awaitReady(START);
            assertThat(first.status("/")).isEqualTo(200);
            execute(first, "CREATE TABLE restart_check (note VARCHAR(40) PRIMARY KEY)");
            execute(first, "INSERT INTO restart_check VALUES ('written in the first run')");
            pepper = Files.readString(dataDir.resolve("voting-code-pepper"));
            first.stop();
        }
        assertThat(dataDir.resolve("mariadb/portal")).isDirectory();
        assertThat(dataDir.resolve("voting-code-pepper")).hasContent(pepper);

        try (PortalProcess second = PortalProcess.start(dataDir, "--portal.demo.enabled=false")) {
            second.awaitReady(START);
            assertThat(queryString(second, "SELECT note FROM restart_check")).isEqualTo("written in the first run");
            second.stop();
        }
        assertThat(dataDir.resolve("mariadb/portal")).isDirectory();
        assertThat(dataDir.resolve("voting-code-pepper")).hasContent(pepper);
    }

    @Test
    void stoppingThePortalDuringTheDemoLoadLeavesAFolderTheNextStartCompletes() throws Exception {
        try (PortalProcess first = PortalProcess.start(dataDir)) {
            // the web server answers while the demo data is still loading: stop it then
            first.awaitTrue(START, () -> first.status("/") == 200);
            first.awaitTrue(START, () -> uncommittedAdminAreas(first) > 0);
            assertThat(first.status("/actuator/health/readiness")).isNotEqualTo(200);
            first.stop();
            assertThat(first.log()).doesNotContain("Demo data loaded");
        }
        assertThat(dataDir.resolve("mariadb/portal")).isDirectory();

        try (PortalProcess second = PortalProcess.start(dataDir)) {
            second.awaitReady(START);
            assertThat(second.log()).contains("Demo data loaded");
            assertThat(queryLong(second, "SELECT COUNT(*) FROM app_user")).isEqualTo(4);
            assertThat(queryLong(second, "SELECT COUNT(*) FROM community")).isGreaterThanOrEqualTo(55);
            assertThat(queryLong(second, "SELECT COUNT(*) FROM ballot")).isPositive();
            assertThat(queryLong(second, "SELECT COUNT(*) FROM grant_agreement"))
                    .isPositive();
            second.stop();
        }
    }

    /** Rows of a transaction still under way count too: the demo load is one transaction. */
    private static long uncommittedAdminAreas(PortalProcess portal) {
        try (Connection connection = DriverManager.getConnection(portal.jdbcUrl(), EmbeddedMariaDb.USER, "")) {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM admin_area")) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException notYet) {
            return 0;
        }
    }

    private static void execute(PortalProcess portal, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(portal.jdbcUrl(), EmbeddedMariaDb.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryString(PortalProcess portal, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(portal.jdbcUrl(), EmbeddedMariaDb.USER, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static long queryLong(PortalProcess portal, String sql) throws SQLException {
        return Long.parseLong(queryString(portal, sql));
    }
}
