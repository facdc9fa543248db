package org.reintegration.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;

/** Monitoring in a real browser: a demo project's indicators drawn against their targets, and its IATI download. */
class MonitoringIT extends BrowserTest {

    @Autowired
    ProjectService projects;

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
}
