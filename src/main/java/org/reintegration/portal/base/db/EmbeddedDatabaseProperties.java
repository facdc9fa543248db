package org.reintegration.portal.base.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded MariaDB that runs when no external database is configured.
 *
 * @param dataDir folder that keeps the database files between restarts
 * @param port TCP port on localhost; 0 picks a free one at every start
 * @param ephemeral true to delete the data folder when the portal stops (tests)
 */
@ConfigurationProperties("portal.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/mariadb") Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean ephemeral) {}
