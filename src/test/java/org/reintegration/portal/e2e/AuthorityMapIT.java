package org.reintegration.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.project.ProjectData;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo local authority (scoped to the Kankan region) in a real browser: it lands on the map, sees only its
 * region's projects, opens one from the map, and switches to Arabic. A project named like an HTML tag shows as
 * text. The page opened from the map keeps its address even when the map's last move is still on its way.
 */
class AuthorityMapIT extends BrowserTest {

    private static final String MARKUP_NAME = "<img src=x onerror=alert(1)>";

    @Autowired
    ProjectService projects;

    @Test
    void a_local_authority_sees_its_projects_on_the_map_opens_one_and_reads_the_map_in_arabic() {
        long inKankan = SystemTask.callAsAdministrator(
                () -> projects.create(project("E2E-KAN", MARKUP_NAME, "GN004001", 10.40, -9.30))
                        .id());
        long inKindia = SystemTask.callAsAdministrator(
                () -> projects.create(project("E2E-KIN", "Kindia workshop", "GN005001", 10.05, -12.86))
                        .id());
        Set<String> kankanProjects = SystemTask.callAsAdministrator(() ->
                projects
                        .list(new ProjectFilter(PCode.of("GN004"), null, null, null, null, null, null), 0, 10_000)
                        .stream()
                        .map(p -> "p-" + p.id())
                        .collect(Collectors.toSet()));

        signIn("authority", "authority-demo-2026");

        // The authority's home is the map, fitted to its region; zoom in where the projects are apart.
        wait.until(ExpectedConditions.urlContains("/map"));
        browser.get(url("map?lat=10.3&lon=-9.0&z=9"));
        List<WebElement> pins = wait.until(b -> {
            List<WebElement> found = map().findElements(By.cssSelector("[data-marker-id^='p-']"));
            return found.stream().anyMatch(p -> ("p-" + inKankan).equals(p.getAttribute("data-marker-id")))
                    ? found
                    : null;
        });
        assertThat(pins)
                .extracting(p -> p.getAttribute("data-marker-id"))
                .allMatch(kankanProjects::contains)
                .doesNotContain("p-" + inKindia);

        WebElement pin = map().findElement(By.cssSelector("[data-marker-id='p-" + inKankan + "']"));
        // a clustered layer's texts follow its markers: the page asks for those of the markers it draws
        wait.until(b -> pin.getAttribute("aria-label").startsWith("\u2068" + MARKUP_NAME + "\u2069"));
        assertThat(map().findElements(By.cssSelector("img[src='x']"))).isEmpty();

        pin.click();
        WebElement details = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("map-details")));
        wait.until(ExpectedConditions.textToBePresentInElement(details, MARKUP_NAME));
        assertThat(details.findElements(By.cssSelector("img"))).isEmpty();
        click(details.findElement(By.id("map-details-link")));
        wait.until(ExpectedConditions.urlContains("/projects/" + inKankan));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), MARKUP_NAME));

        browser.get(url("map"));
        chooseLanguage("العربية");
        wait.until(b -> "rtl".equals(script("return document.documentElement.dir")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("map-legend"), "المشاريع"));
        assertThat(map().findElements(By.cssSelector("path.leaflet-feature"))).isNotEmpty();
    }

    @Test
    void a_project_opened_from_the_map_keeps_its_address_while_the_maps_last_move_is_still_on_its_way() {
        String title = "Kouroussa well";
        long id = SystemTask.callAsAdministrator(
                () -> projects.create(project("E2E-KAN-SLOW", title, "GN004002", 10.65, -9.88))
                        .id());
        signIn("authority", "authority-demo-2026");
        wait.until(ExpectedConditions.urlContains("/map"));
        browser.get(url("map?lat=10.65&lon=-9.88&z=11"));
        WebElement pin = wait.until(b -> map().findElements(By.cssSelector("[data-marker-id='p-" + id + "']")).stream()
                .findFirst()
                .orElse(null));
        pin.click();
        WebElement details = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("map-details")));
        wait.until(ExpectedConditions.textToBePresentInElement(details, title));

        // The user drags the map and follows the link before the server has answered the report of that move
        // (which carries the map's new address): on a slow phone that takes no haste. Both in one script, so that
        // the link's navigation always waits behind the move's answer.
        WebElement link = details.findElement(By.id("map-details-link"));
        script(
                "arguments[0].map.panBy([60, 0], {animate: false}); arguments[1].click();",
                browser.findElement(By.tagName("leaflet-map")),
                link);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("project-title"), title));
        wait.until(ExpectedConditions.urlContains("/projects/" + id));
        // The answer to the move arrived first, yet it must not turn the project's address back into the map's.
        WebDriverWait aWhile = new WebDriverWait(browser, Duration.ofSeconds(4));
        assertThatThrownBy(() -> aWhile.until(b -> !b.getCurrentUrl().contains("/projects/" + id)))
                .isInstanceOf(TimeoutException.class);
    }

    private static ProjectData project(String code, String title, String area, double lat, double lon) {
        return MapProjects.ongoingAt(code, title, PCode.of(area), Dimension.ECONOMIC, lat, lon);
    }

    private SearchContext map() {
        return browser.findElement(By.tagName("leaflet-map")).getShadowRoot();
    }
}
