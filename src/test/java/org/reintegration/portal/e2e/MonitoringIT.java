package org.reintegration.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Monitoring in a real browser: a demo project's indicators drawn against their targets, and its IATI download. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MonitoringIT {

    @LocalServerPort
    int port;

    @Autowired
    ProjectService projects;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void staff_see_a_demo_projects_progress_chart_and_download_its_iati_activity() {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(
                () -> id[0] = projects.list(ProjectFilter.ALL, 0, 1).getFirst().id());
        signIn("staff", "staff-demo-2026");

        browser.get(url("projects/" + id[0] + "/monitoring"));
        List<WebElement> bars = wait.until(b -> {
            List<WebElement> found = b.findElements(By.cssSelector(".indicator-chart-bar"));
            return found.size() >= 3 ? found : null;
        });

        assertThat(bars).allSatisfy(bar -> assertThat(bar.getRect().getHeight()).isPositive());
        assertThat(browser.findElements(By.cssSelector(".indicator-chart-target")))
                .hasSize(2);
        assertThat(browser.findElement(By.id("visits")).getText()).contains("(demo)");
        Object download = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t)));",
                        url("export/iati/projects/" + id[0] + ".xml"));
        assertThat(download.toString()).startsWith("200 ").contains("<iati-activities version=\"2.03\"");
    }

    private void signIn(String username, String password) {
        browser.get(url("login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        WebElement secret = browser.findElement(By.cssSelector("input[name='password']"));
        secret.sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
