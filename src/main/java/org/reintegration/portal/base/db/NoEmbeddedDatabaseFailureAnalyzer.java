package org.reintegration.portal.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start without a database into two plain sentences instead of a stack trace: the production
 * jar carries no embedded MariaDB, so it needs an external one.
 */
class NoEmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedMariaDb.NoEmbeddedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedMariaDb.NoEmbeddedDatabaseException cause) {
        return new FailureAnalysis(
                "The portal found no database: " + cause.getMessage() + ".",
                "Set SPRING_DATASOURCE_URL (e.g. jdbc:mysql://db.example.org:3306/portal), SPRING_DATASOURCE_USERNAME"
                        + " and SPRING_DATASOURCE_PASSWORD. The embedded database is only in builds run with ./mvnw"
                        + " (spring-boot:run) and in the tests.",
                cause);
    }
}
