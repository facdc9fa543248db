package org.reintegration.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
 * administrator taken from the environment.
 */
@SpringBootTest
@ActiveProfiles("prod")
class ProductionProfileTest {

    static final EmbeddedMariaDb externalServer =
            EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(Path.of("unused"), 0, true));

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry environment) {
        environment.add("spring.datasource.url", externalServer::jdbcUrl);
        environment.add("spring.datasource.username", () -> EmbeddedMariaDb.USER);
        environment.add("spring.datasource.password", () -> "");
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
    void the_first_administrator_is_created_only_once() {
        assertThat(users.createFirstAdministrator("another", "yet another secret"))
                .isFalse();
    }
}
