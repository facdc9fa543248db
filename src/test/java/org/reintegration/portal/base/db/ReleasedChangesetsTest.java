package org.reintegration.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import liquibase.ChecksumVersion;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * Databases that ran a changeset keep its checksum in DATABASECHANGELOG, and Liquibase refuses to start when
 * the changelog no longer matches it. Changesets that were released may gain preconditions, never other changes.
 */
class ReleasedChangesetsTest {

    private static final String GRANTS = "db/changelog/changes/0014-grants.xml";

    private static String checksum(String file, String id) throws Exception {
        var resources = new ClassLoaderResourceAccessor();
        DatabaseChangeLog changelog = ChangeLogParserFactory.getInstance()
                .getParser(file, resources)
                .parse(file, new ChangeLogParameters(), resources);
        ChangeSet changeSet = changelog.getChangeSet(file, "portal", id);
        return changeSet.generateCheckSum(ChecksumVersion.latest()).toString();
    }

    @Test
    void the_append_only_triggers_keep_the_checksum_they_were_deployed_with_now_that_they_have_a_precondition()
            throws Exception {
        assertThat(checksum(GRANTS, "0014-grant-event-append-only")).isEqualTo("9:a525d6f6fca1e8921fcff2d2864c06c4");
    }
}
