package org.reintegration.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded database on a data folder it was given: a second start finds its binaries and the
 * data of the first, wherever the folder is, including under the system's temporary folder.
 */
class EmbeddedMariaDbTest {

    static Stream<Path> dataFolders() throws Exception {
        return Stream.of(
                // like the README's data/ folder: outside the temporary folder
                Files.createDirectories(Path.of("target"))
                        .toAbsolutePath()
                        .resolve("embedded-db-test-" + System.nanoTime()),
                // like PORTAL_DATA_DIR=/tmp/portal
                Path.of(System.getProperty("java.io.tmpdir"), "portal-embedded-db-test-" + System.nanoTime()));
    }

    @ParameterizedTest
    @MethodSource("dataFolders")
    void aSecondStartOnTheSameDataFolderFindsWhatTheFirstWrote(Path folder) throws Exception {
        Path dataDir = folder.resolve("mariadb");
        try {
            EmbeddedMariaDb first = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(dataDir, 0, false));
            try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), EmbeddedMariaDb.USER, "");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (note VARCHAR(40) PRIMARY KEY)");
                statement.execute("INSERT INTO kept VALUES ('written by the first start')");
            } finally {
                first.stop();
            }
            assertThat(dataDir.resolve("portal")).isDirectory();
            // the binaries were unpacked once, beside the data folder, and stay for the next start
            Path marker = unpackedMarker(folder);
            var unpackedAt = Files.getLastModifiedTime(marker);

            EmbeddedMariaDb second = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(dataDir, 0, false));
            try {
                assertThat(notes(second)).isEqualTo("written by the first start");
            } finally {
                second.stop();
            }
            assertThat(dataDir.resolve("portal")).isDirectory();
            assertThat(Files.getLastModifiedTime(unpackedMarker(folder))).isEqualTo(unpackedAt);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private static Path unpackedMarker(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            Path binaries = entries.filter(p -> p.getFileName().toString().startsWith("mariadb-server-"))
                    .findFirst()
                    .orElseThrow();
            assertThat(binaries.resolve("bin")).isDirectory();
            return binaries.resolve("unpacked-complete");
        }
    }

    private static String notes(EmbeddedMariaDb db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT note FROM kept")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
