package org.reintegration.portal.base.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the portal on an embedded MariaDB unless an external database is configured through the
 * standard {@code spring.datasource.url} setting (e.g. the {@code SPRING_DATASOURCE_URL} variable).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        return EmbeddedDatabaseHeadStart.claim(properties).orElseGet(() -> EmbeddedMariaDb.start(properties));
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername(EmbeddedMariaDb.USER);
        dataSource.setPassword("");
        dataSource.setPoolName("embedded-mariadb");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
