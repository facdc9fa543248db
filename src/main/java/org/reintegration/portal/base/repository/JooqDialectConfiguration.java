package org.reintegration.portal.base.repository;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks jOOQ's SQL dialect from the server itself. MySQL Connector/J reports MariaDB as MySQL, but the
 * two differ where it matters (e.g. MySQL's {@code INSERT … AS excluded ON DUPLICATE KEY UPDATE} is a
 * syntax error on MariaDB), and the portal runs on both: MariaDB embedded, MySQL 8.4 in production.
 */
@Configuration(proxyBeanMethods = false)
class JooqDialectConfiguration {

    @Bean
    DefaultConfigurationCustomizer sqlDialectFromServer(DataSource dataSource) {
        SQLDialect dialect = detect(dataSource);
        return configuration -> configuration.set(dialect);
    }

    static SQLDialect detect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String version = connection.getMetaData().getDatabaseProductVersion();
            return version != null && version.toLowerCase().contains("mariadb") ? SQLDialect.MARIADB : SQLDialect.MYSQL;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to detect its kind", e);
        }
    }
}
