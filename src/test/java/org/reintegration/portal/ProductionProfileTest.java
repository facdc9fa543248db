package org.reintegration.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.db.EmbeddedDatabaseProperties;
import org.reintegration.portal.base.db.EmbeddedMariaDb;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.security.PortalUser;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.security.UserAccount;
import org.reintegration.portal.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production set-up: an external database named by the standard datasource settings (here a
 * separate MariaDB server standing in for MySQL), no embedded database, no demo data, and the first
 * administrator taken from the environment. The portal's own account may only read and write rows;
 * the schema is migrated by a separate account ({@code spring.liquibase.user}), as the README describes.
 */
@SpringBootTest
@ActiveProfiles("prod")
class ProductionProfileTest {

    static final EmbeddedMariaDb externalServer =
            EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(Path.of("unused"), 0, true));

    static final String APP_USER = "portal_app";
    static final String APP_PASSWORD = "rows-only-secret";

    static final String APP_URL =
            "jdbc:mysql://127.0.0.1:" + externalServer.port() + "/portal?sslMode=DISABLED&characterEncoding=UTF-8";

    static {
        String serverUrl = "jdbc:mysql://127.0.0.1:" + externalServer.port() + "/?sslMode=DISABLED";
        try (Connection connection = DriverManager.getConnection(serverUrl, EmbeddedMariaDb.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("FLUSH PRIVILEGES"); // the embedded server starts without account checks
            statement.execute("CREATE DATABASE portal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            // 'localhost' too: a fresh MariaDB has an anonymous ''@'localhost' that would match first
            for (String host : List.of("%", "localhost")) {
                statement.execute("CREATE USER '" + APP_USER + "'@'" + host + "' IDENTIFIED BY '" + APP_PASSWORD + "'");
                statement.execute(
                        "GRANT SELECT, INSERT, UPDATE, DELETE ON portal.* TO '" + APP_USER + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry environment) {
        environment.add("spring.datasource.url", () -> APP_URL);
        environment.add("spring.datasource.username", () -> APP_USER);
        environment.add("spring.datasource.password", () -> APP_PASSWORD);
        // the schema's owner migrates it; the portal's own account could not create a table
        environment.add("spring.liquibase.user", () -> EmbeddedMariaDb.USER);
        environment.add("spring.liquibase.password", () -> "");
        environment.add("portal.first-admin.username", () -> "Chief");
        environment.add("portal.first-admin.password", () -> "the first admin's secret");
    }

    @AfterAll
    static void stopServer() {
        externalServer.stop();
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AdminAreaService areas;

    @Test
    void the_embedded_database_stays_off_when_an_external_one_is_configured() {
        assertThat(context.getBeanNamesForType(EmbeddedMariaDb.class)).isEmpty();
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "STAFF"})
    void only_the_first_administrator_from_the_environment_exists_and_no_demo_data() {
        assertThat(users.listUsers()).singleElement().satisfies((UserAccount admin) -> {
            assertThat(admin.username()).isEqualTo("chief");
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
        });
        assertThat(((PortalUser) userDetails.loadUserByUsername("chief")).getPassword())
                .startsWith("{bcrypt}");
        assertThat(areas.hasAreas()).isFalse();
    }

    @Test
    void the_portal_runs_on_an_account_that_may_only_read_and_write_rows() throws SQLException {
        try (Connection connection = DriverManager.getConnection(APP_URL, APP_USER, APP_PASSWORD);
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("CREATE TABLE not_allowed (id INT PRIMARY KEY)"))
                    .isInstanceOf(SQLException.class);
            var rows = statement.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG");
            rows.next();
            assertThat(rows.getLong(1)).isPositive();
        }
    }

    @Test
    void the_first_administrator_is_created_only_once() {
        assertThat(users.createFirstAdministrator("another", "yet another secret"))
                .isFalse();
    }
}
