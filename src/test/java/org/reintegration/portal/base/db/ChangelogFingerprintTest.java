package org.reintegration.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

/** A start with the changelog the database was updated with skips Liquibase's check; any change runs it. */
@PortalTest
class ChangelogFingerprintTest {

    @Autowired
    SpringLiquibase migrated;

    @Autowired
    DataSource dataSource;

    @Autowired
    DSLContext db;

    @Test
    void the_update_at_start_recorded_the_changelog_s_fingerprint_and_its_number_of_changesets() {
        var row = db.fetchOne("select fingerprint, changesets from changelog_fingerprint where id = 1");

        assertThat(row).isNotNull();
        assertThat(row.get(0, String.class)).isEqualTo(ChangelogFingerprint.of(migrated));
        assertThat(row.get(1, Integer.class)).isEqualTo(db.fetchCount(db.selectFrom("DATABASECHANGELOG")));
    }

    @Test
    void the_same_changelog_again_is_not_checked_but_other_contexts_are() {
        ChangelogFingerprint fingerprint = new ChangelogFingerprint();

        SpringLiquibase same = liquibase(migrated.getContexts());
        fingerprint.postProcessBeforeInitialization(same, "liquibase");
        SpringLiquibase otherContexts = liquibase("only-on-a-test-server");
        fingerprint.postProcessBeforeInitialization(otherContexts, "other");

        assertThat(ReflectionTestUtils.getField(same, "shouldRun")).isEqualTo(false);
        assertThat(ReflectionTestUtils.getField(otherContexts, "shouldRun")).isEqualTo(true);
    }

    @Test
    void another_changelog_or_fewer_files_give_another_fingerprint() {
        SpringLiquibase master = liquibase(migrated.getContexts());
        SpringLiquibase oneFileLess = liquibase(migrated.getContexts());
        oneFileLess.setChangeLog("classpath:db/changelog/changes/0001-admin-areas.xml");

        assertThat(ChangelogFingerprint.of(master)).isNotEqualTo(ChangelogFingerprint.of(oneFileLess));
    }

    private SpringLiquibase liquibase(String contexts) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(migrated.getChangeLog());
        liquibase.setContexts(contexts);
        return liquibase;
    }
}
