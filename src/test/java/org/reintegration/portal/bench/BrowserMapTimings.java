package org.reintegration.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/** How the design-scale benchmark times the map in Chromium: {@code browser map <name>: median <ms> ms}. */
final class BrowserMapTimings {

    private BrowserMapTimings() {}

    /** Median of five loads of the map address, from navigation to outlines and markers drawn, after one more. */
    static void browserMap(WebDriver browser, WebDriverWait wait, String name, String address, int areas) {
        double[] load = new double[5];
        for (int run = -1; run < load.length; run++) {
            browser.get(address);
            wait.until(b -> drawn(b, areas) ? true : null);
            if (run >= 0) {
                load[run] = number(browser, "return performance.now()");
            }
        }
        Arrays.sort(load);
        System.out.printf("browser map %s: median %.0f ms%n", name, load[load.length / 2]);
    }

    /**
     * Median of five changes made on a map already drawn (after one more), timed in the page: from the change to
     * the first frame painted once {@code drawn} holds. The page is opened afresh before each change, and the change
     * is made once the page has settled (see {@link #settle}), as a user's first click would be.
     *
     * @param act   script run in the page to make the change; it may keep what it needs in {@code state}
     * @param drawn script expression, true once the change is drawn; it sees the map's shadow root as {@code root}
     *              and {@code state}
     * @param profile a file to write a CPU profile of one more change into (Chrome DevTools' format), or null
     */
    static void change(
            ChromeDriver browser,
            WebDriverWait wait,
            String name,
            String address,
            int areas,
            String act,
            String drawn,
            Path profile) {
        double[] times = new double[5];
        for (int run = -1; run <= times.length; run++) {
            boolean profiled = run == times.length;
            if (profiled && profile == null) {
                break;
            }
            browser.get(address);
            wait.until(b -> drawn(b, areas) ? true : null);
            settle(browser, wait);
            if (profiled) {
                browser.executeCdpCommand("Profiler.enable", Map.of());
                browser.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
                browser.executeCdpCommand("Profiler.start", Map.of());
            }
            Object time = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " const root = document.querySelector('leaflet-map').shadowRoot; const state = {};"
                    + " const start = performance.now();"
                    + act
                    + "; const check = () => { if (" + drawn + ") {"
                    // a task queued in a frame's callbacks runs once that frame is painted
                    + " setTimeout(() => done(performance.now() - start)); }"
                    + " else { requestAnimationFrame(check); } };"
                    + " requestAnimationFrame(check);");
            if (profiled) {
                Object written =
                        browser.executeCdpCommand("Profiler.stop", Map.of()).get("profile");
                try {
                    Files.writeString(profile, JsonMapper.builder().build().writeValueAsString(written));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (run >= 0) {
                times[run] = time instanceof Number n ? n.doubleValue() : Double.NaN;
            }
        }
        Arrays.sort(times);
        System.out.printf("browser map %s: median %.0f ms%n", name, times[times.length / 2]);
    }

    /**
     * A zoom step on the map with every layer, then a layer switch each way and a filter on a map showing the other
     * layers: from the change to the frame that shows it drawn.
     */
    static void zoomStepAndChanges(
            ChromeDriver browser, WebDriverWait wait, Function<String, String> url, String allLayers) {
        double[] zoom = new double[5];
        for (int run = -1; run < zoom.length; run++) {
            browser.get(url.apply(allLayers));
            wait.until(b -> drawn(b, 34) ? true : null);
            WebElement zoomIn = browser.findElement(By.tagName("leaflet-map"))
                    .getShadowRoot()
                    .findElement(By.cssSelector(".leaflet-control-zoom-in"));
            double before = number(browser, "return performance.now()");
            zoomIn.click();
            wait.until(b -> number(
                                    b,
                                    "return document.querySelector('leaflet-map').shadowRoot"
                                            + ".querySelectorAll('.leaflet-zoom-anim').length")
                            == 0
                    ? true
                    : null);
            if (run >= 0) {
                zoom[run] = number(browser, "return performance.now()") - before;
            }
        }
        Arrays.sort(zoom);
        System.out.printf("browser map zoom step: median %.0f ms%n", zoom[zoom.length / 2]);

        // changes on a map showing the other layers: from the change to the frame that shows it drawn
        String profiles = System.getProperty("bench.map-profiles");
        String markers = "root.querySelector('.leaflet-markers-%s-pane .leaflet-marker-icon,"
                + " .leaflet-markers-%<s-pane canvas')";
        change(
                browser,
                wait,
                "layer switch, communities on",
                url.apply("map?layers=returnees,projects,gaps&level=2"),
                34,
                "document.querySelectorAll('#map-layers vaadin-checkbox')[1].click()",
                markers.formatted("communities") + " !== null",
                profiles == null ? null : Path.of(profiles, "communities-on.cpuprofile"));
        change(
                browser,
                wait,
                "layer switch, projects off",
                url.apply(allLayers),
                34,
                "document.querySelectorAll('#map-layers vaadin-checkbox')[2].click()",
                markers.formatted("projects") + " === null",
                profiles == null ? null : Path.of(profiles, "projects-off.cpuprofile"));
        // the status filter set to "ongoing" as its list would: the projects drawn change
        change(
                browser,
                wait,
                "filter, projects ongoing",
                url.apply(allLayers),
                34,
                "const pane = root.querySelector('.leaflet-markers-projects-pane');"
                        + " state.before = pane.textContent;"
                        + " const select = document.getElementById('map-status');"
                        + " const item = [...document.querySelectorAll('vaadin-select-item')]"
                        + ".find(i => i.textContent.trim() === 'ongoing');"
                        + " select.value = item.getAttribute('value')",
                "pane.textContent !== state.before && pane.querySelector('.leaflet-marker-icon') !== null",
                profiles == null ? null : Path.of(profiles, "projects-ongoing.cpuprofile"));
    }

    /**
     * Waits until the page has settled after drawing: its follow-up requests answered (the view it reports, the
     * outlines for the zoom it shows, the names of the markers it drew) and no new one for half a second. A change
     * made before would wait for them and be answered together with them.
     */
    static void settle(WebDriver browser, WebDriverWait wait) {
        String idle = "const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                + " return clients && Object.values(clients).some(c => c.isActive && c.isActive()) ? 0 : 1;";
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < 500_000_000L) {
            if (number(browser, idle) != 1) {
                wait.until(b -> number(b, idle) == 1 ? true : null);
                quietSince = System.nanoTime();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** At least this many outlines and at least one marker or cluster are on the map. */
    static boolean drawn(WebDriver browser, int areas) {
        return number(
                        browser,
                        "const m = document.querySelector('leaflet-map'); if (!m || !m.shadowRoot) return 0;"
                                + " const r = m.shadowRoot;"
                                + " return r.querySelectorAll('path.leaflet-feature').length >= " + areas
                                + " && r.querySelectorAll('.leaflet-marker-icon').length > 0 ? 1 : 0;")
                == 1;
    }

    static double number(WebDriver browser, String script) {
        Object value = ((JavascriptExecutor) browser).executeScript(script);
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}
