package org.reintegration.portal.bench;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reintegration.portal.e2e.Chromium;
import org.reintegration.portal.selection.voting.VotingCodes;

/**
 * The client side of {@code src/bench/cluster.sh}: two portal nodes on a three-node Galera cluster.
 *
 * <ul>
 *   <li>{@code draw NODE USER PASSWORD ROUND COUNT CODES_FILE}: signs in as staff in Chromium, draws the
 *       codes on the round's code page and reads them back from the downloaded sheet of slips, as staff
 *       would print them;
 *   <li>{@code load NODE_A NODE_B ROUND INITIATIVE CODES_FILE ANSWERS_FILE CLIENTS}: posts one ballot per
 *       code to /api/ballots; every other code goes to both nodes at the same moment, the rest to one node
 *       in turn. Prints a line a second while it runs and writes every answer to the answers file;
 *   <li>{@code check ROUND ANSWERS_FILE PEPPER USER PASSWORD JDBC_URL...}: compares the answers with what
 *       every database node holds and prints the last line the script promises.
 * </ul>
 */
public final class ClusterBallots {

    private static final Pattern CODE = Pattern.compile("\\b[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}\\b");

    private ClusterBallots() {}

    public static void main(String[] args) throws Exception {
        int exit =
                switch (args.length == 0 ? "" : args[0]) {
                    case "draw" ->
                        draw(
                                args[1],
                                args[2],
                                args[3],
                                Long.parseLong(args[4]),
                                Integer.parseInt(args[5]),
                                Path.of(args[6]));
                    case "load" ->
                        load(
                                URI.create(args[1]),
                                URI.create(args[2]),
                                Long.parseLong(args[3]),
                                Long.parseLong(args[4]),
                                Path.of(args[5]),
                                Path.of(args[6]),
                                Integer.parseInt(args[7]));
                    case "sqldraw" ->
                        sqlDraw(
                                args[1],
                                args[2],
                                args[3],
                                args[4],
                                Long.parseLong(args[5]),
                                Integer.parseInt(args[6]),
                                Path.of(args[7]));
                    case "check" ->
                        check(
                                Long.parseLong(args[1]),
                                Path.of(args[2]),
                                args[3],
                                args[4],
                                args[5],
                                Arrays.asList(args).subList(6, args.length));
                    default -> {
                        System.err.println("usage: ClusterBallots draw|load|check ... (see src/bench/cluster.sh)");
                        yield 2;
                    }
                };
        System.exit(exit);
    }

    // ---- drawing codes through the portal's own page ----

    private static int draw(String node, String user, String password, long round, int count, Path codesFile)
            throws Exception {
        long began = System.nanoTime();
        ChromeDriver browser = Chromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
            browser.get(node + "/login");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                    .sendKeys(user);
            browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
            // signed in once the login page is left (the start page itself need not work for this)
            try {
                wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
            } catch (org.openqa.selenium.TimeoutException e) {
                String page = browser.findElement(By.tagName("body")).getText();
                System.out.println("draw: not signed in after 120 s at " + browser.getCurrentUrl() + ": "
                        + page.substring(0, Math.min(300, page.length())).replaceAll("\\s+", " "));
                return 1;
            }
            Set<String> codes = new LinkedHashSet<>();
            int batchSize = 5000;
            while (codes.size() < count) {
                int asked = Math.min(batchSize, count - codes.size());
                browser.get(node + "/rounds/" + round + "/codes");
                WebElement field =
                        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#code-count input")));
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, String.valueOf(asked), Keys.TAB);
                // no QR codes: the sheet is only read back here, and drawing them costs time
                WebElement qr = browser.findElement(By.tagName("vaadin-checkbox"));
                if (qr.getAttribute("checked") != null) {
                    ((JavascriptExecutor) browser).executeScript("arguments[0].click()", qr);
                }
                browser.findElement(By.id("generate-codes")).click();
                WebElement download = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("download-codes")));
                String href = download.getAttribute("href");
                byte[] pdf = fetchWithSession(browser, URI.create(node).resolve(href));
                List<String> read = codesIn(pdf);
                if (read.size() != asked) {
                    throw new IllegalStateException("asked for " + asked + " codes, the sheet has " + read.size());
                }
                codes.addAll(read);
            }
            Files.write(codesFile, codes);
            System.out.printf(
                    Locale.ROOT,
                    "drawn on %s through the code page: %d codes in %.1f s%n",
                    node,
                    codes.size(),
                    (System.nanoTime() - began) / 1e9);
            return 0;
        } finally {
            browser.quit();
        }
    }

    /**
     * The fallback when the code page cannot be used: codes drawn here and stored as the portal stores them,
     * as the HMAC-SHA-256 of the normalised code keyed with the shared pepper. The load then shows whether
     * the other node accepts them.
     */
    private static int sqlDraw(
            String url, String user, String password, String pepper, long round, int count, Path codesFile)
            throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        java.security.SecureRandom random = new java.security.SecureRandom();
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            char[] code = new char[VotingCodes.LENGTH];
            for (int i = 0; i < code.length; i++) {
                code[i] = VotingCodes.ALPHABET.charAt(random.nextInt(VotingCodes.ALPHABET.length()));
            }
            codes.add(VotingCodes.format(new String(code)));
        }
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            try (PreparedStatement batch = db.prepareStatement("insert into code_batch (round_id, batch, codes,"
                    + " created_by, created_at) values (?, 1, ?, 'bench', now(3))")) {
                batch.setLong(1, round);
                batch.setInt(2, count);
                batch.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into voting_code (code_hash, round_id, batch, used) values (?, ?, 1, 0)")) {
                for (String code : codes) {
                    String normalised = VotingCodes.normalise(code).orElseThrow();
                    insert.setString(
                            1,
                            java.util.HexFormat.of()
                                    .formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.US_ASCII))));
                    insert.setLong(2, round);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        Files.write(codesFile, codes);
        System.out.println("drawn by SQL with the shared pepper (fallback): " + codes.size() + " codes");
        return 0;
    }

    private static byte[] fetchWithSession(ChromeDriver browser, URI address) throws Exception {
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(address)
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("downloading the sheet: HTTP " + answer.statusCode());
        }
        return answer.body();
    }

    private static List<String> codesIn(byte[] pdf) throws IOException {
        List<String> codes = new ArrayList<>();
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor text = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                Matcher found = CODE.matcher(text.getTextFromPage(page));
                while (found.find()) {
                    codes.add(found.group());
                }
            }
        } finally {
            reader.close();
        }
        return codes;
    }

    // ---- ballots to both nodes ----

    /** One answer: the code, the node (A or B), the HTTP status (0 for no answer) and the error or body. */
    private record Answer(String code, String node, int status, String detail) {

        String line() {
            return code + "\t" + node + "\t" + status + "\t" + detail.replaceAll("\\s+", " ");
        }

        static Answer parse(String line) {
            String[] parts = line.split("\t", 4);
            return new Answer(parts[0], parts[1], Integer.parseInt(parts[2]), parts.length > 3 ? parts[3] : "");
        }

        boolean counted() {
            return status == 201 && detail.contains("\"COUNTED\"");
        }

        /** A refusal the client can act on: a 4xx with the JSON error, or 503 (try again). */
        boolean clearRefusal() {
            return (status >= 400 && status < 500 && detail.contains("\"error\"")) || status == 503;
        }

        String kind() {
            if (counted()) {
                return "201 COUNTED";
            }
            Matcher error = Pattern.compile("\"error\"\\s*:\\s*\"([A-Z_]+)\"").matcher(detail);
            return status == 0 ? "no answer" : status + (error.find() ? " " + error.group(1) : "");
        }
    }

    private static int load(
            URI nodeA, URI nodeB, long round, long initiative, Path codesFile, Path answersFile, int clients)
            throws Exception {
        List<String> codes = Files.readAllLines(codesFile);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = next.getAndIncrement(); i < codes.size(); i = next.getAndIncrement()) {
                    String code = codes.get(i);
                    String body =
                            "{\"code\":\"" + code + "\",\"roundId\":" + round + ",\"choices\":[" + initiative + "]}";
                    if (i % 2 == 0) { // the same code on both nodes at once
                        var a = post(http, nodeA, "A", code, body);
                        var b = post(http, nodeB, "B", code, body);
                        answers.add(a.join());
                        answers.add(b.join());
                    } else {
                        answers.add(post(http, i % 4 == 1 ? nodeA : nodeB, i % 4 == 1 ? "A" : "B", code, body)
                                .join());
                    }
                }
            }));
        }
        long began = System.nanoTime();
        System.out.println("load: started, " + codes.size() + " codes, " + clients + " clients");
        System.out.flush();
        start.countDown();
        Thread progress = Thread.ofPlatform().daemon().start(() -> {
            int shown = 0;
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                List<Answer> sofar = List.copyOf(answers);
                Map<String, Long> kinds = sofar.subList(shown, sofar.size()).stream()
                        .collect(Collectors.groupingBy(Answer::kind, LinkedHashMap::new, Collectors.counting()));
                shown = sofar.size();
                System.out.printf(
                        Locale.ROOT,
                        "load: %5.1f s  %s%n",
                        (System.nanoTime() - began) / 1e9,
                        kinds.isEmpty() ? "-" : kinds);
                System.out.flush();
            }
        });
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        progress.interrupt();
        Files.write(answersFile, answers.stream().map(Answer::line).toList(), StandardCharsets.UTF_8);
        Map<String, Long> kinds = answers.stream()
                .collect(Collectors.groupingBy(Answer::kind, LinkedHashMap::new, Collectors.counting()));
        System.out.printf(
                Locale.ROOT,
                "load: %d requests in %.1f s = %.0f requests/s; answers %s%n",
                answers.size(),
                seconds,
                answers.size() / seconds,
                kinds);
        return 0;
    }

    private static CompletableFuture<Answer> post(HttpClient http, URI node, String name, String code, String body) {
        HttpRequest request = HttpRequest.newBuilder(node.resolve("/api/ballots"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(answer -> new Answer(code, name, answer.statusCode(), answer.body()))
                .exceptionally(e -> new Answer(code, name, 0, String.valueOf(e.getCause() == null ? e : e.getCause())));
    }

    // ---- what the databases hold ----

    private static int check(
            long round, Path answersFile, String pepper, String user, String password, List<String> nodes)
            throws Exception {
        List<Answer> answers =
                Files.readAllLines(answersFile).stream().map(Answer::parse).toList();
        int acknowledged = (int) answers.stream().filter(Answer::counted).count();
        Map<String, Integer> countedPerCode = new HashMap<>();
        answers.stream().filter(Answer::counted).forEach(a -> countedPerCode.merge(a.code(), 1, Integer::sum));
        int acknowledgedTwice =
                (int) countedPerCode.values().stream().filter(n -> n > 1).count();

        List<Answer> failures =
                answers.stream().filter(a -> !a.counted() && !a.clearRefusal()).toList();
        Map<String, Long> failureKinds = failures.stream()
                .collect(Collectors.groupingBy(
                        a -> a.status() + " "
                                + a.detail()
                                        .substring(0, Math.min(160, a.detail().length())),
                        LinkedHashMap::new,
                        Collectors.counting()));
        failureKinds.forEach((kind, n) -> System.out.println("check: FAILURE x" + n + ": " + kind));

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        int stored = -1;
        int usedCodes = -1;
        int acknowledgedUnused = 0;
        boolean agree = true;
        for (String url : nodes) {
            try (Connection db = DriverManager.getConnection(url, user, password)) {
                int ballots = count(db, "select count(*) from ballot where round_id = ?", round);
                int used = count(db, "select count(*) from voting_code where round_id = ? and used", round);
                String state = value(db, "show status like 'wsrep_local_state_comment'");
                String size = value(db, "show status like 'wsrep_cluster_size'");
                System.out.printf(
                        Locale.ROOT,
                        "check: %s: %d ballots, %d codes used (%s, cluster size %s)%n",
                        url.replaceAll("\\?.*", ""),
                        ballots,
                        used,
                        state,
                        size);
                if (stored < 0) {
                    stored = ballots;
                    usedCodes = used;
                    try (PreparedStatement find =
                            db.prepareStatement("select used from voting_code where code_hash = ?")) {
                        for (String code : countedPerCode.keySet()) {
                            String normalised = VotingCodes.normalise(code).orElseThrow();
                            find.setString(
                                    1,
                                    java.util.HexFormat.of()
                                            .formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.US_ASCII))));
                            try (ResultSet row = find.executeQuery()) {
                                if (!row.next() || !row.getBoolean(1)) {
                                    acknowledgedUnused++;
                                }
                            }
                        }
                    }
                } else if (ballots != stored || used != usedCodes) {
                    agree = false;
                }
            }
        }
        int distinctAcknowledged = countedPerCode.size();
        int countedTwice = acknowledgedTwice + Math.max(0, stored - usedCodes);
        int lost = Math.max(acknowledgedUnused, Math.max(0, distinctAcknowledged - stored));
        System.out.printf(
                Locale.ROOT,
                "check: %d answers: %s; %d failures (500 or no answer); database nodes %s; %d ballots stored"
                        + " without an acknowledgement%n",
                answers.size(),
                answers.stream()
                        .collect(Collectors.groupingBy(Answer::kind, LinkedHashMap::new, Collectors.counting())),
                failures.size(),
                agree ? "agree" : "DISAGREE",
                Math.max(0, stored - distinctAcknowledged));
        System.out.printf(
                Locale.ROOT,
                "cluster: %d acknowledged, %d stored, %d counted twice, %d lost%n",
                acknowledged,
                stored,
                countedTwice,
                lost);
        boolean ok = failures.isEmpty()
                && agree
                && countedTwice == 0
                && lost == 0
                && acknowledged == stored
                && stored == usedCodes;
        return ok ? 0 : 1;
    }

    private static int count(Connection db, String sql, long round) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, round);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static String value(Connection db, String sql) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(2) : "?";
        }
    }
}
