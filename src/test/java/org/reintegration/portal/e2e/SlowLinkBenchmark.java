package org.reintegration.portal.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.reintegration.portal.project.PublicCommunity;
import org.reintegration.portal.project.PublicProjectService;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.PublicRound;
import org.reintegration.portal.selection.round.PublicRoundService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public pages on a phone over a slow mobile link, a first visit with an empty cache: Debian's
 * Chromium at 375 px, its network throttled through DevTools ({@code Network.emulateNetworkConditions}:
 * 400 kbit/s each way, 400 ms latency). For each page: when the main content was painted (largest
 * contentful paint, the main heading being there), first contentful paint, the load event, and the bytes
 * that crossed the link. Two pages of the Vaadin application (sign-in, propose) are measured the same way
 * for comparison.
 *
 * <p>Run with {@code src/bench/slow-link.sh}. Not part of the test suite (its name does not end in Test or IT).
 */
class SlowLinkBenchmark extends BrowserTest {

    static final int LATENCY_MS = 400;
    static final int BYTES_PER_SECOND = 400_000 / 8;

    @Autowired
    PublicRoundService rounds;

    @Autowired
    PublicProjectService projects;

    @Test
    void public_pages_on_a_slow_link() {
        Map<String, String> pages = new LinkedHashMap<>();
        List<PublicRound> all = rounds.publicRounds(50);
        pages.put("landing page", "");
        all.stream().filter(r -> r.phase() == Phase.VOTING).findFirst().ifPresent(r -> {
            pages.put("vote page (code step)", "vote/" + r.id());
            pages.put("round page", "public/rounds/" + r.id());
        });
        all.stream()
                .filter(r -> r.phase() == Phase.RESULTS || r.phase() == Phase.CLOSED)
                .findFirst()
                .ifPresent(r -> pages.put("round results", "public/rounds/" + r.id() + "/results"));
        projects.publicCommunities("", 500).stream()
                .filter(c -> !projects.publicProjects(c.id()).isEmpty())
                .map(PublicCommunity::id)
                .findFirst()
                .ifPresent(id -> pages.put("community projects", "public/communities/" + id + "/projects"));
        pages.put("Vaadin: sign-in page", "login");
        pages.put("Vaadin: propose page", "propose");

        browser.manage().window().setSize(new Dimension(375, 800));
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of(
                        "offline", false,
                        "latency", LATENCY_MS,
                        "downloadThroughput", BYTES_PER_SECOND,
                        "uploadThroughput", BYTES_PER_SECOND));
        List<String> rows = new ArrayList<>();
        rows.add("| page | main content | first paint | load | bytes | requests |");
        rows.add("|---|---|---|---|---|---|");
        for (var page : pages.entrySet()) {
            browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
            browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            browser.get("about:blank");
            browser.get(url(page.getValue()));
            // the main heading: in the HTML for the public pages; drawn by the client for Vaadin's
            wait.until(b -> Boolean.TRUE.equals(
                    script("const h = document.querySelector('main h1, h1, vaadin-login-form, vaadin-login-overlay');"
                            + " return !!h && document.readyState === 'complete';")));
            sleep(1500); // let the last paints and requests settle
            @SuppressWarnings("unchecked")
            Map<String, Object> m =
                    (Map<String, Object>) script("const nav = performance.getEntriesByType('navigation')[0];"
                            + "const res = performance.getEntriesByType('resource');"
                            + "const fcp = performance.getEntriesByName('first-contentful-paint')[0];"
                            + "let lcp = 0; new PerformanceObserver(l => { for (const e of l.getEntries()) lcp ="
                            + " Math.max(lcp, e.startTime); }).observe({type: 'largest-contentful-paint', buffered: true});"
                            + "const bytes = res.reduce((s, r) => s + (r.transferSize || r.encodedBodySize || 0),"
                            + " nav.transferSize || nav.encodedBodySize || 0);"
                            + "return {lcp: lcp, fcp: fcp ? fcp.startTime : 0, load: nav.loadEventEnd, bytes: bytes,"
                            + " requests: res.length + 1};");
            rows.add("| " + page.getKey() + " (/" + page.getValue() + ") | " + seconds(m.get("lcp")) + " | "
                    + seconds(m.get("fcp")) + " | " + seconds(m.get("load")) + " | "
                    + String.format("%,d", ((Number) m.get("bytes")).longValue()) + " | " + m.get("requests") + " |");
        }
        rows.forEach(row -> System.out.println(row));
    }

    private static String seconds(Object millis) {
        return String.format("%.1f s", ((Number) millis).doubleValue() / 1000);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
