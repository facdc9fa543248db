package org.reintegration.portal.e2e;

import java.time.Duration;
import java.util.Arrays;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.map.ui.MapBenchmarkData;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The map at country scale in Chromium (10,000 generated communities, 5,000 generated projects, all prefectures):
 * how long until the page has drawn every layer, how long zooming in one step takes to settle, how many elements
 * the markers take and how much JavaScript memory the page holds. Prints the median of 5 runs after 1 warm-up; it
 * asserts nothing about time.
 *
 * <p>Run with {@code src/bench/map.sh}. Not part of the test suite (its name does not end in Test or IT).
 */
class MapBrowserBenchmark extends BrowserTest {

    private static final String ALL_LAYERS = "map?layers=returnees,communities,projects,gaps&level=2";

    @Autowired
    DSLContext db;

    @Autowired
    AdminAreaService areas;

    @Test
    void the_whole_country_in_chromium() {
        SystemTask.runAsAdministrator(() -> MapBenchmarkData.generate(db, areas.listAreas(2)));
        signIn("staff", "staff-demo-2026");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));

        double[] load = new double[5];
        double[] zoom = new double[5];
        long markers = 0;
        long heap = 0;
        for (int run = -1; run < load.length; run++) {
            browser.get(url(ALL_LAYERS));
            wait.until(b -> drawn(b) ? true : null);
            double loaded = number(browser, "return performance.now()");
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
            double zoomed = number(browser, "return performance.now()") - before;
            if (run >= 0) {
                load[run] = loaded;
                zoom[run] = zoomed;
            }
            markers = (long) number(
                    browser,
                    "return document.querySelector('leaflet-map').shadowRoot"
                            + ".querySelectorAll('.leaflet-marker-icon').length");
            heap = (long) number(browser, "return performance.memory ? performance.memory.usedJSHeapSize : 0");
        }
        Arrays.sort(load);
        Arrays.sort(zoom);
        System.out.println("| in Chromium, staff, prefectures, all four layers | median |");
        System.out.println("|---|---|");
        System.out.printf("| from navigation to every layer drawn | %.0f ms |%n", load[load.length / 2]);
        System.out.printf("| one zoom step, until it settles | %.0f ms |%n", zoom[zoom.length / 2]);
        System.out.printf("| marker and cluster elements on the page after it | %,d |%n", markers);
        System.out.printf("| JavaScript heap in use | %,d MB |%n", heap / (1024 * 1024));
    }

    /** The prefectures and at least one cluster or marker of each marker layer are on the map. */
    private static boolean drawn(org.openqa.selenium.WebDriver browser) {
        return number(
                        browser,
                        "const m = document.querySelector('leaflet-map'); if (!m || !m.shadowRoot) return 0;"
                                + " const r = m.shadowRoot;"
                                + " return r.querySelectorAll('path.leaflet-feature').length >= 34"
                                + " && r.querySelectorAll('.leaflet-marker-icon').length > 0 ? 1 : 0;")
                == 1;
    }

    private static double number(org.openqa.selenium.WebDriver browser, String script) {
        Object value = ((JavascriptExecutor) browser).executeScript(script);
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}
