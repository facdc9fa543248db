package org.reintegration.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.project.ProjectData;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff map in a real browser: project clusters take clicks even where a community dot lies on them, projects
 * on one spot can still be told apart, the wheel scrolls the page until the map has focus, and opening the filters
 * leaves the map on screen, wide and narrow.
 */
class MapLayoutIT extends BrowserTest {

    private static final double LAT = 12.30;
    private static final double LON = -8.60;

    @Autowired
    ProjectService projects;

    @Autowired
    CommunityService communities;

    @Test
    void a_project_cluster_lies_above_a_community_dot_on_it() {
        long community = SystemTask.callAsAdministrator(() -> communities
                .create(new CommunityData(
                        "Dot hamlet", "fr", PCode.of("GN004005"), new LatLon(LAT - 0.0005, LON), null))
                .community()
                .id());
        SystemTask.runAsAdministrator(() -> {
            for (int i = 0; i < 3; i++) {
                projects.create(project("E2E-CLU-" + i, "Cluster well " + i, LAT, LON));
            }
        });
        signIn("staff", "staff-demo-2026");

        browser.get(url("map?lat=" + LAT + "&lon=" + LON + "&z=14&layers=communities,projects"));
        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("leaflet-map")));
        WebElement dot = wait.until(
                b -> map.getShadowRoot().findElements(By.cssSelector("[data-marker-id='c-" + community + "']")).stream()
                        .findFirst()
                        .orElse(null));
        wait.until(b -> !map.getShadowRoot()
                .findElements(By.cssSelector(".marker-cluster"))
                .isEmpty());

        @SuppressWarnings("unchecked")
        Map<String, Object> hit = (Map<String, Object>) script("""
                const root = arguments[0].shadowRoot;
                const dot = arguments[1].getBoundingClientRect();
                const clusters = [...root.querySelectorAll('.marker-cluster')];
                const centre = (r) => [r.left + r.width / 2, r.top + r.height / 2];
                const [dx, dy] = centre(dot);
                const cluster = clusters.sort((a, b) => {
                    const [ax, ay] = centre(a.getBoundingClientRect());
                    const [bx, by] = centre(b.getBoundingClientRect());
                    return Math.hypot(ax - dx, ay - dy) - Math.hypot(bx - dx, by - dy);
                })[0];
                const [x, y] = centre(cluster.getBoundingClientRect());
                const top = root.elementFromPoint(x, y);
                return {
                    dotCoversCentre: x >= dot.left && x <= dot.right && y >= dot.top && y <= dot.bottom,
                    clusterOnTop: top !== null && top.closest('.marker-cluster') === cluster,
                };
                """, map, dot);

        assertThat(hit).containsEntry("dotCoversCentre", true).containsEntry("clusterOnTop", true);
    }

    @Test
    void projects_on_one_spot_stay_a_cluster_and_a_click_lists_them_to_choose_from() {
        double lat = LAT + 0.2;
        SystemTask.runAsAdministrator(() -> {
            for (int i = 0; i < 3; i++) {
                projects.create(project("E2E-SPOT-" + i, "Same spot well " + i, lat, LON));
            }
        });
        signIn("staff", "staff-demo-2026");
        browser.get(url("map?lat=" + lat + "&lon=" + LON + "&z=17&layers=projects"));
        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("leaflet-map")));
        WebElement cluster =
                wait.until(b -> map.getShadowRoot().findElements(By.cssSelector(".marker-cluster")).stream()
                        .filter(c -> c.getText().equals("3"))
                        .findFirst()
                        .orElse(null));

        // zooming in would not split them: the click lists them instead
        click(cluster);
        List<WebElement> choices = wait.until(b -> {
            List<WebElement> found =
                    map.getShadowRoot().findElements(By.cssSelector(".leaflet-map-cluster-list button"));
            return found.size() == 3 ? found : null;
        });
        assertThat(choices).allMatch(c -> c.getText().contains("Same spot well"));
        String chosen = choices.get(1).getText();
        click(choices.get(1));

        WebElement details = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("map-details")));
        wait.until(ExpectedConditions.textToBePresentInElement(details, chosen.substring(1, chosen.indexOf('\u2069'))));
        assertThat(zoom(map)).isEqualTo(17);
    }

    @Test
    void the_wheel_scrolls_the_page_until_the_map_has_focus_then_zooms_it() {
        browser.manage().window().setSize(new Dimension(375, 800));
        signIn("staff", "staff-demo-2026");
        browser.get(url("map?lat=10.4&lon=-9.3&z=8"));
        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("leaflet-map")));
        wait.until(b -> !map.getShadowRoot()
                .findElements(By.cssSelector("path.leaflet-feature"))
                .isEmpty());
        double zoom = zoom(map);
        double top = top(map);

        new Actions(browser)
                .scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(map), 0, 200)
                .perform();

        wait.until(b -> top(map) < top - 100);
        assertThat(zoom(map)).isEqualTo(zoom);

        script("arguments[0].shadowRoot.querySelector('.leaflet-container').focus()", map);
        new Actions(browser)
                .scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(map), 0, -300)
                .perform();
        wait.until(b -> zoom(map) > zoom);
    }

    @Test
    void opening_the_filters_leaves_the_map_on_screen_wide_and_narrow() {
        signIn("staff", "staff-demo-2026");
        for (int width : List.of(1280, 375)) {
            browser.manage().window().setSize(new Dimension(width, 800));
            browser.get(url("map"));
            WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("leaflet-map")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("map-section-projects")));

            for (String section : List.of("map-section-returnees", "map-section-projects", "map-section-gaps")) {
                script("arguments[0].opened = true", browser.findElement(By.id(section)));
            }
            script("window.scrollTo(0, 0); document.scrollingElement.scrollTop = 0;");

            wait.until(b -> {
                double top = top(map);
                long viewport = ((Number) script("return window.innerHeight")).longValue();
                double height =
                        ((Number) script("return arguments[0].getBoundingClientRect().height", map)).doubleValue();
                return top >= 0 && top < viewport - 150 && height >= 300;
            });
        }
    }

    private double zoom(WebElement map) {
        return ((Number) script("return arguments[0].map.getZoom()", map)).doubleValue();
    }

    private double top(WebElement map) {
        return ((Number) script("return arguments[0].getBoundingClientRect().top", map)).doubleValue();
    }

    private static ProjectData project(String code, String title, double lat, double lon) {
        return MapProjects.ongoingAt(
                code, title, PCode.of("GN004005"), org.reintegration.portal.initiative.Dimension.SOCIAL, lat, lon);
    }
}
