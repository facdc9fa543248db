package org.reintegration.portal.base.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.util.LiquibaseUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Skips Liquibase's check at start-up when nothing it would look at changed: the changelog's files, the Liquibase
 * version and the contexts hash to the fingerprint recorded after the last successful update
 * ({@code changelog_fingerprint}, changeset 0030), and the database still holds as many changesets as then. Reading
 * and validating every changeset took about a second of each start; a new or edited changeset, another Liquibase
 * version or a changeset row gone makes Liquibase run as before, and a database restored from a backup carries its
 * own fingerprint. Any doubt (no table yet, a failed read) also runs Liquibase.
 */
@Component
class ChangelogFingerprint implements BeanPostProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(ChangelogFingerprint.class);

    private final Map<String, String> toRecord = new ConcurrentHashMap<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            String fingerprint = of(liquibase);
            if (fingerprint.equals(recorded(liquibase))) {
                LOG.info("The changelog is unchanged since the database was last updated: Liquibase's check skipped");
                liquibase.setShouldRun(false);
            } else {
                toRecord.put(beanName, fingerprint);
            }
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        String fingerprint = toRecord.remove(beanName);
        if (fingerprint != null && bean instanceof SpringLiquibase liquibase) {
            record(liquibase, fingerprint);
        }
        return bean;
    }

    /** SHA-256 over the Liquibase version, the contexts and labels, and every file beside the master changelog. */
    static String of(SpringLiquibase liquibase) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            text(digest, LiquibaseUtil.getBuildVersion());
            text(digest, Objects.toString(liquibase.getContexts(), ""));
            text(digest, Objects.toString(liquibase.getLabelFilter(), ""));
            text(digest, liquibase.getChangeLog());
            String master = liquibase.getChangeLog().replaceFirst("^classpath\\*?:", "");
            String folder = master.contains("/") ? master.substring(0, master.lastIndexOf('/') + 1) : "";
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "**/*.xml");
            Arrays.sort(files, Comparator.comparing(ChangelogFingerprint::relativePath));
            for (Resource file : files) {
                text(digest, relativePath(file));
                try (InputStream in = file.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("the changelog could not be read", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String relativePath(Resource file) {
        try {
            String url = file.getURL().toString();
            int changelog = url.lastIndexOf("/changelog/");
            return changelog < 0 ? url : url.substring(changelog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    /** The recorded fingerprint, or null when there is none or the database holds another number of changesets. */
    private static String recorded(SpringLiquibase liquibase) {
        String changelogTable = Objects.requireNonNullElse(liquibase.getDatabaseChangeLogTable(), "DATABASECHANGELOG");
        try (Connection connection = liquibase.getDataSource().getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "select f.fingerprint from changelog_fingerprint f where f.id = 1 and f.changesets = (select"
                                + " count(*) from " + changelogTable + ")");
                ResultSet row = read.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException noTableYet) {
            LOG.debug("No changelog fingerprint to compare with: {}", noTableYet.getMessage());
            return null;
        }
    }

    private static void record(SpringLiquibase liquibase, String fingerprint) {
        String changelogTable = Objects.requireNonNullElse(liquibase.getDatabaseChangeLogTable(), "DATABASECHANGELOG");
        DataSource dataSource = liquibase.getDataSource();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement write = connection.prepareStatement("insert into changelog_fingerprint (id,"
                        + " fingerprint, changesets, recorded_at) select 1, ?, count(*), current_timestamp from "
                        + changelogTable + " on duplicate key update fingerprint = values(fingerprint), changesets ="
                        + " values(changesets), recorded_at = values(recorded_at)")) {
            write.setString(1, fingerprint);
            write.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // only the next start's shortcut is lost: it runs Liquibase's check again
            LOG.warn("The changelog fingerprint could not be recorded: {}", e.getMessage());
        }
    }
}
