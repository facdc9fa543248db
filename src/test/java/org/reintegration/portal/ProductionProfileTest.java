package org.reintegration.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.ADMIN_AREA;
import static org.reintegration.portal.base.jooq.Tables.GRANT_EVENT;
import static org.reintegration.portal.base.jooq.Tables.GRANT_EVENT_CHAIN;
import static org.reintegration.portal.grant.GrantSamples.as;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.db.EmbeddedDatabaseProperties;
import org.reintegration.portal.base.db.EmbeddedMariaDb;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.grant.BudgetCategory;
import org.reintegration.portal.grant.BudgetLine;
import org.reintegration.portal.grant.EventKind;
import org.reintegration.portal.grant.Grant;
import org.reintegration.portal.grant.GrantEvent;
import org.reintegration.portal.grant.GrantSamples;
import org.reintegration.portal.grant.GrantService;
import org.reintegration.portal.grant.TrailCheck;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.PortalUser;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.security.UserAccount;
import org.reintegration.portal.security.UserAccountData;
import org.reintegration.portal.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.NestedTestConfiguration;

/**
 * The production set-up: an external database named by the standard datasource settings, no embedded database,
 * no demo data, and the first administrator taken from the environment. The external server is a separate
 * MariaDB set up like a MySQL 8.4 server out of the box: binary logging on (row format) and
 * {@code log_bin_trust_function_creators} off. The portal connects as an ordinary account that owns its
 * schema ({@code GRANT ALL ON portal.*}) and has no global privilege such as SUPER; whatever a future change
 * needs beyond that makes this test fail.
 */
@SpringBootTest
@ActiveProfiles("prod")
class ProductionProfileTest {

    static final EmbeddedMariaDb externalServer = EmbeddedMariaDb.start(
            new EmbeddedDatabaseProperties(Path.of("unused"), 0, true),
            "--log-bin=portal-bin",
            "--binlog-format=ROW",
            "--log-bin-trust-function-creators=0",
            "--server-id=1");

    static final String OWNER_PASSWORD = "owner's secret";
    static final String APP_PASSWORD = "application's secret";

    static {
        asRoot(
                // accounts without a name would match a local connection before the named ones
                "DELETE FROM mysql.global_priv WHERE User = ''",
                "FLUSH PRIVILEGES",
                "CREATE DATABASE portal",
                "CREATE USER 'portal'@'%' IDENTIFIED BY '" + OWNER_PASSWORD.replace("'", "''") + "'",
                "GRANT ALL ON portal.* TO 'portal'@'%'",
                // the second set-up: one account migrates, the application's account may only read and write rows
                "CREATE DATABASE portal_split",
                "CREATE USER 'portal_owner'@'%' IDENTIFIED BY '" + OWNER_PASSWORD.replace("'", "''") + "'",
                "GRANT ALL ON portal_split.* TO 'portal_owner'@'%'",
                "CREATE USER 'portal_app'@'%' IDENTIFIED BY '" + APP_PASSWORD.replace("'", "''") + "'",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON portal_split.* TO 'portal_app'@'%'");
    }

    static String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + externalServer.port() + "/" + database
                + "?sslMode=DISABLED&characterEncoding=UTF-8";
    }

    static void asRoot(String... statements) {
        try (Connection root = DriverManager.getConnection(url(""), EmbeddedMariaDb.USER, "");
                Statement statement = root.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry environment) {
        environment.add("spring.datasource.url", () -> url("portal"));
        environment.add("spring.datasource.username", () -> "portal");
        environment.add("spring.datasource.password", () -> OWNER_PASSWORD);
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

    @Autowired
    DSLContext db;

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

    @Test
    void the_schema_was_migrated_on_a_binary_logged_server_by_an_account_without_super() {
        assertThat(db.fetchValue("SELECT @@log_bin")).hasToString("1");
        assertThat(db.fetchValue("SELECT @@log_bin_trust_function_creators")).hasToString("0");
        assertThat(db.fetchValue("SELECT CURRENT_USER()")).hasToString("portal@%");
        assertThat(db.fetch("SHOW GRANTS").getValues(0, String.class))
                .noneMatch(grant -> grant.contains("SUPER") || grant.startsWith("GRANT ALL PRIVILEGES ON *.*"));
        // where the account may not create triggers, the append-only changeset is marked as run without them
        assertThat(db.fetchValue("SELECT EXECTYPE FROM DATABASECHANGELOG WHERE ID = '0014-grant-event-append-only'"))
                .isEqualTo("MARK_RAN");
        assertThat(db.fetchCount(
                        db.selectFrom("information_schema.TRIGGERS").where("EVENT_OBJECT_TABLE = 'grant_event'")))
                .isZero();
    }

    /**
     * A second installation on the same server: the changelogs run as an account that owns the schema
     * ({@code spring.liquibase.user}), the portal itself as one that may only read and write rows. Grants and
     * their audit trail live here, away from the first installation that must stay empty.
     */
    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @SpringBootTest
    @ActiveProfiles("prod")
    class WithASeparateMigrationAccount {

        @DynamicPropertySource
        static void accounts(DynamicPropertyRegistry environment) {
            environment.add("portal.first-admin.username", () -> "chief");
            environment.add("portal.first-admin.password", () -> "the first admin's secret");
            environment.add("spring.datasource.url", () -> url("portal_split"));
            environment.add("spring.datasource.username", () -> "portal_app");
            environment.add("spring.datasource.password", () -> APP_PASSWORD);
            environment.add("spring.liquibase.user", () -> "portal_owner");
            environment.add("spring.liquibase.password", () -> OWNER_PASSWORD);
        }

        @Autowired
        GrantService grants;

        @Autowired
        ProjectService projects;

        @Autowired
        UserService users;

        @Autowired
        UserDetailsService userDetails;

        @Autowired
        DSLContext db;

        private long project;

        @BeforeEach
        void staffAndAProject() {
            as(userDetails, "chief", () -> {
                for (String name : List.of("treasurer", "director")) {
                    if (!userDetailsExist(name)) {
                        users.createUser(
                                new UserAccountData(name, name, null, Role.STAFF, Set.of()), "a long enough secret");
                    }
                }
            });
            if (db.fetchCount(ADMIN_AREA) == 0) {
                db.insertInto(ADMIN_AREA)
                        .set(ADMIN_AREA.PCODE, "GN")
                        .set(ADMIN_AREA.NAME, "Guinée")
                        .set(ADMIN_AREA.ADMIN_LEVEL, (byte) 0)
                        .set(ADMIN_AREA.COUNTRY_PCODE, "GN")
                        .set(ADMIN_AREA.UPDATED_AT, LocalDateTime.now())
                        .execute();
            }
            as(
                    userDetails,
                    "treasurer",
                    () -> project = projects.create(
                                    ProjectSamples.ongoing("Well repair " + System.nanoTime(), PCode.of("GN"), null))
                            .id());
        }

        private boolean userDetailsExist(String name) {
            try {
                userDetails.loadUserByUsername(name);
                return true;
            } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
                return false;
            }
        }

        @Test
        void the_migration_account_and_the_application_account_are_the_ones_configured() {
            assertThat(db.fetchValue("SELECT CURRENT_USER()")).hasToString("portal_app@%");
            assertThat(db.fetchValue("SELECT USER FROM information_schema.PROCESSLIST WHERE ID = CONNECTION_ID()"))
                    .hasToString("portal_app");
            assertThat(db.fetchValue("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID = '0018-grant-event-chain'"))
                    .hasToString("1");
        }

        @Test
        void a_grant_goes_through_its_money_steps_and_its_audit_trail_is_intact() {
            as(userDetails, "treasurer", () -> {
                Grant grant = GrantSamples.active(grants, project, userDetails, "director");
                TrailCheck check = grants.checkTrail(grant.id());

                assertThat(check.intact()).isTrue();
                assertThat(check.verified()).isEqualTo(grants.events(grant.id()).size());
                assertThat(grants.events(grant.id()))
                        .extracting(GrantEvent::number)
                        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
                assertThat(grants.events(grant.id()).getLast().kind()).isEqualTo(EventKind.ACTIVATED);
                assertThat(check.headHash()).matches("[0-9a-f]{64}");
            });
        }

        @Test
        void an_event_changed_directly_in_the_database_is_named() {
            as(userDetails, "treasurer", () -> {
                Grant grant = GrantSamples.draftWithBudget(grants, project);
                long third = grants.events(grant.id()).get(2).id();

                db.update(GRANT_EVENT)
                        .set(GRANT_EVENT.DETAIL, GRANT_EVENT.DETAIL.concat(" (and a little more)"))
                        .where(GRANT_EVENT.ID.eq(third))
                        .execute();

                TrailCheck check = grants.checkTrail(grant.id());
                assertThat(check.problem()).isEqualTo(TrailCheck.Problem.ALTERED);
                assertThat(check.event()).isEqualTo(3);
                assertThat(check.verified()).isEqualTo(2);
            });
        }

        @Test
        void an_event_deleted_from_the_middle_is_named() {
            as(userDetails, "treasurer", () -> {
                Grant grant = GrantSamples.draftWithBudget(grants, project);
                long second = grants.events(grant.id()).get(1).id();

                db.deleteFrom(GRANT_EVENT_CHAIN)
                        .where(GRANT_EVENT_CHAIN.EVENT_ID.eq(second))
                        .execute();
                db.deleteFrom(GRANT_EVENT).where(GRANT_EVENT.ID.eq(second)).execute();

                TrailCheck check = grants.checkTrail(grant.id());
                assertThat(check.problem()).isEqualTo(TrailCheck.Problem.MISSING);
                assertThat(check.event()).isEqualTo(2);
            });
        }

        @Test
        void an_event_added_behind_the_portals_back_is_found() {
            as(userDetails, "treasurer", () -> {
                Grant grant = GrantSamples.draftWithBudget(grants, project);
                db.insertInto(GRANT_EVENT)
                        .set(GRANT_EVENT.GRANT_ID, grant.id())
                        .set(GRANT_EVENT.HAPPENED_AT, LocalDateTime.of(2026, 10, 1, 9, 30))
                        .set(GRANT_EVENT.ACTOR, "director")
                        .set(GRANT_EVENT.KIND, EventKind.APPROVED.name())
                        .set(GRANT_EVENT.DETAIL, "SUBMITTED → APPROVED")
                        .execute();

                TrailCheck check = grants.checkTrail(grant.id());
                assertThat(check.problem()).isEqualTo(TrailCheck.Problem.OUTSIDE);
                assertThat(check.outsideAt()).isEqualTo(LocalDateTime.of(2026, 10, 1, 9, 30));
            });
        }

        @Test
        void events_recorded_at_the_same_time_on_one_grant_form_one_chain() throws Exception {
            long grantId = grantOfTreasurer();
            int writers = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < writers; i++) {
                    int line = i;
                    done.add(pool.submit(() -> {
                        start.await();
                        as(
                                userDetails,
                                "treasurer",
                                () -> grants.addBudgetLine(
                                        grantId,
                                        BudgetLine.of(
                                                BudgetCategory.EQUIPMENT, "Line " + line, new BigDecimal("1000"))));
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> writer : done) {
                    writer.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            as(userDetails, "treasurer", () -> {
                assertThat(grants.events(grantId))
                        .extracting(GrantEvent::number)
                        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
                TrailCheck check = grants.checkTrail(grantId);
                assertThat(check.intact()).isTrue();
                assertThat(check.verified()).isEqualTo(1 + writers);
            });
        }

        private long grantOfTreasurer() {
            long[] id = new long[1];
            as(
                    userDetails,
                    "treasurer",
                    () -> id[0] =
                            grants.create(GrantSamples.data(Set.of(project))).id());
            return id[0];
        }
    }
}
