package org.reintegration.portal.bench;

import java.util.Arrays;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

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
