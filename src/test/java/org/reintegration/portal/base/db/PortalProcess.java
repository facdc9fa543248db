package org.reintegration.portal.base.db;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The portal started the way the README starts it, in a JVM of its own: the application's main class
 * on the application's classpath (no test classes), with {@code PORTAL_DATA_DIR} and {@code PORT} in
 * the environment. Stopping it sends SIGTERM, as Ctrl+C or a service manager does.
 */
final class PortalProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    final int port;
    final int databasePort;

    private PortalProcess(Process process, Path log, int port, int databasePort) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.databasePort = databasePort;
    }

    static PortalProcess start(Path dataDir, String... arguments) throws IOException {
        int port = freePort();
        int databasePort = freePort();
        Path log = Files.createTempFile(Path.of("target"), "portal-process-", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                // the build's production bundle; Vaadin's marker for it is gone once a Maven run ends
                "-Dvaadin.productionMode=true",
                "-cp",
                applicationClasspath(),
                "org.reintegration.portal.Application",
                "--portal.embedded-db.port=" + databasePort));
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORTAL_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", Integer.toString(port));
        return new PortalProcess(builder.start(), log, port, databasePort);
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + databasePort + "/" + EmbeddedMariaDb.DATABASE + "?sslMode=DISABLED";
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the portal is ready: started, and its start-up work (demo data) done. */
    void awaitReady(Duration timeout) throws Exception {
        awaitTrue(timeout, () -> status("/actuator/health/readiness") == 200);
    }

    /** Waits for the condition while the portal runs; fails with the portal's log if it stops or times out. */
    void awaitTrue(Duration timeout, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the portal stopped (exit " + process.exitValue() + "):\n" + tail());
            }
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out after " + timeout + ":\n" + tail());
    }

    int status(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection)
                    URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try (InputStream ignored = connection.getResponseCode() < 400 ? connection.getInputStream() : null) {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return -1;
        }
    }

    /** A normal stop (SIGTERM) and its end. */
    int stop() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the portal did not stop within 60 s:\n" + tail());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            stop();
        }
    }

    private String tail() throws IOException {
        String text = log();
        return text.substring(Math.max(0, text.length() - 6000));
    }

    /** The classpath the tests run on, less the test classes: what spring-boot:run puts on it. */
    private static String applicationClasspath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.getFileName().toString().startsWith("surefirebooter")) {
                entries.addAll(manifestClasspath(path));
            } else {
                entries.add(entry);
            }
        }
        return String.join(
                File.pathSeparator,
                entries.stream()
                        .filter(entry -> !entry.contains("test-classes"))
                        .toList());
    }

    private static List<String> manifestClasspath(Path jar) throws IOException {
        List<String> entries = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest.getMainAttributes().getValue("Class-Path");
            for (String item : classPath.trim().split("\\s+")) {
                URI uri = item.startsWith("file:")
                        ? URI.create(item)
                        : jar.getParent().toUri().resolve(item);
                entries.add(Path.of(URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8))
                        .toString());
            }
        }
        return entries;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
