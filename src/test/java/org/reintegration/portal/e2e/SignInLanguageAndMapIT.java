package org.reintegration.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The portal in a real browser: sign in (landing on the map), switch to Arabic, open the map. */
class SignInLanguageAndMapIT extends BrowserTest {

    @Test
    void staff_sign_in_switch_to_arabic_and_see_the_regions_on_the_map() {
        signIn("staff", "staff-demo-2026");

        // staff land on the map, their home in the application
        wait.until(ExpectedConditions.urlMatches("/map([?].*)?$"));
        chooseLanguage("العربية");
        wait.until(b -> "rtl".equals(script("return document.documentElement.dir")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-out"), "تسجيل الخروج"));
        assertThat(script("return document.documentElement.lang")).isEqualTo("ar");
        assertThat(script("return getComputedStyle(document.body).direction")).isEqualTo("rtl");

        browser.get(url("map"));
        List<String> shapes = wait.until(b -> {
            List<String> found = shapeIds();
            return found.size() >= 8 ? found : null;
        });
        assertThat(shapes)
                .containsExactlyInAnyOrder("GN001", "GN002", "GN003", "GN004", "GN005", "GN006", "GN007", "GN008");
        assertThat(script("return document.documentElement.dir")).isEqualTo("rtl");
        // The zoom buttons sit on the right-hand side in a right-to-left page.
        WebElement map = browser.findElement(By.tagName("leaflet-map"));
        WebElement zoom = map.getShadowRoot().findElement(By.cssSelector(".leaflet-control-zoom"));
        assertThat(zoom.getRect().getX())
                .isGreaterThan(map.getRect().getX() + map.getRect().getWidth() / 2);
    }

    @Test
    void a_local_authority_sees_only_the_shapes_of_its_region() {
        signIn("authority", "authority-demo-2026");

        browser.get(url("map?level=2"));
        List<String> shapes = wait.until(b -> {
            List<String> found = shapeIds();
            return found.isEmpty() ? null : found;
        });
        assertThat(shapes).containsExactlyInAnyOrder("GN004001", "GN004002", "GN004003", "GN004004", "GN004005");
    }

    /**
     * The areas of the drawn shapes, inside the map element's shadow root, read in one script: the map
     * redraws its outlines when the zoom settles after the first fit, so element references taken one
     * moment can be gone the next, while one script sees one consistent set.
     */
    @SuppressWarnings("unchecked")
    private List<String> shapeIds() {
        return (List<String>) script("const map = document.querySelector('leaflet-map');"
                + "return map && map.shadowRoot ? Array.from(map.shadowRoot.querySelectorAll('path.leaflet-feature'),"
                + " path => path.getAttribute('data-feature-id')) : [];");
    }
}
