package org.reintegration.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An M&amp;E officer uploads a survey export in a real browser, imports it after the preview, and the community's
 * score then shows on the map's reintegration-score layer, through a link that carries the layer's settings.
 */
class OutcomeUploadToMapIT extends BrowserTest {

    @Autowired
    CommunityService communities;

    @Test
    void a_survey_uploaded_and_imported_shows_on_the_maps_score_layer() throws IOException {
        Community community = SystemTask.callAsAdministrator(() ->
                communities.list(CommunityFilter.ALL, CommunitySort.NAME, 0, 1).getFirst());
        StringBuilder csv = new StringBuilder("\"today\";\"grp_place/adm2\";\"grp_place/community\";\"grp_resp/sex\";"
                + "\"grp_econ/econ_satisfaction\";\"grp_soc/health\";\"grp_psy/belonging\";\"_uuid\";"
                + "\"grp_resp/age_group\";\"grp_econ/food_reduction\";\"grp_econ/borrow\";\"grp_soc/housing\";"
                + "\"grp_soc/documents\";\"grp_psy/support_network\";\"grp_psy/distress\"\n");
        for (int i = 0; i < 6; i++) {
            csv.append(String.join(
                            ";",
                            List.of(
                                    "2024-02-1" + i,
                                    community.data().area().value(),
                                    community.data().name(),
                                    i % 2 == 0 ? "female" : "male",
                                    "very_satisfied",
                                    "very_good",
                                    "very_much",
                                    UUID.randomUUID().toString(),
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "")))
                    .append('\n');
        }
        Path file = Files.createTempFile("survey", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        signIn("staff", "staff-demo-2026");
        browser.get(url("outcomes/import"));
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-upload")));
        WebElement input = upload.findElements(By.cssSelector("input[type='file']")).stream()
                .findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type='file']")));
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome-summary"), "6 new"));
        click(browser.findElement(By.id("outcome-import")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("outcome-summary"), "6 survey answers recorded"));

        browser.get(url("map?layers=&scores=1&quarter=2024-01-01"));
        String feature = "oc-" + community.id();
        WebElement dot = wait.until(b ->
                map()
                        .findElements(By.cssSelector("[data-layer-id='outcomes'][data-feature-id='" + feature + "']"))
                        .stream()
                        .findFirst()
                        .orElse(null));
        assertThat(dot).isNotNull();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome-legend"), "Composite"));
        assertThat(browser.findElement(By.id("outcome-legend")).getText()).contains("invented weights");
        Files.deleteIfExists(file);
    }

    private SearchContext map() {
        return browser.findElement(By.tagName("leaflet-map")).getShadowRoot();
    }
}
