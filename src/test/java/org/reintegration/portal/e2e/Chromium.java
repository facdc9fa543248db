package org.reintegration.portal.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are given explicitly, so
 * Selenium never looks for (or downloads) a browser or driver of its own.
 */
public final class Chromium {

    static final String BROWSER = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private Chromium() {}

    public static ChromeDriver start() throws IOException {
        return start(null, true);
    }

    /** A Chromium asking for pages in these languages (an Accept-Language value such as en-GB), or its default. */
    public static ChromeDriver start(String acceptLanguages) throws IOException {
        return start(acceptLanguages, true);
    }

    /** A browser with JavaScript on or off (off: as a phone browser in data-saving mode, or an old one). */
    public static ChromeDriver start(boolean javascript) throws IOException {
        return start(null, javascript);
    }

    private static ChromeDriver start(String acceptLanguages, boolean javascript) throws IOException {
        if (!new File(BROWSER).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("End-to-end tests need Debian's chromium and chromium-driver (" + BROWSER
                    + ", " + DRIVER + "): apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile-"));
        java.util.Map<String, Object> prefs = new java.util.HashMap<>();
        if (acceptLanguages != null) {
            options.addArguments("--lang=" + acceptLanguages.split(",")[0]);
            prefs.put("intl.accept_languages", acceptLanguages);
        }
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
