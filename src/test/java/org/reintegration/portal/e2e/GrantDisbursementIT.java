package org.reintegration.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.reintegration.portal.grant.Disbursement;
import org.reintegration.portal.grant.DisbursementStatus;
import org.reintegration.portal.grant.GrantFigures;
import org.reintegration.portal.grant.GrantService;
import org.reintegration.portal.grant.GrantStatus;
import org.reintegration.portal.grant.GrantSummary;
import org.reintegration.portal.grant.Tranche;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people move money in a real browser: {@code staff} prepares a disbursement, {@code staff2} releases it. */
class GrantDisbursementIT extends BrowserTest {

    @Autowired
    GrantService grants;

    @Test
    void staff_prepares_a_disbursement_and_a_second_staff_member_releases_it() {
        long[] grant = new long[1];
        int[] tranche = new int[1];
        SystemTask.runAsAdministrator(() -> {
            // a demo grant that is active and has a tranche not yet released
            for (GrantSummary s : grants.list(GrantStatus.ACTIVE)) {
                List<Disbursement> paid = grants.disbursements(s.grant().id());
                for (Tranche t : grants.tranches(s.grant().id())) {
                    if (GrantFigures.claimed(t, paid).signum() == 0) {
                        grant[0] = s.grant().id();
                        tranche[0] = t.number();
                        return;
                    }
                }
            }
        });
        assertThat(grant[0]).as("an active demo grant with an open tranche").isPositive();

        signIn("staff", "staff-demo-2026");
        browser.get(url("grants/" + grant[0]));
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("disbursement-tranche"))));
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-select-item[starts-with(normalize-space(.), '#" + tranche[0] + " ')]")))
                .click();
        // choosing the tranche fills in what is left of it
        wait.until(b -> !String.valueOf(script("return document.getElementById('disbursement-amount').value || ''"))
                .isBlank());
        click(browser.findElement(By.id("prepare-disbursement")));
        // preparing is confirmed in a dialog that says how much, to whom and from which tranche
        click(wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot='confirm-button']"))));
        // the form empties once the disbursement is stored
        wait.until(b -> String.valueOf(script("return document.getElementById('disbursement-amount').value || ''"))
                .isBlank());
        WebElement release = releaseButton();
        String releaseId = release.getAttribute("id");
        long disbursement = Long.parseLong(releaseId.substring("release-disbursement-".length()));
        assertThat(status(disbursement)).isEqualTo(DisbursementStatus.PREPARED);

        signOut();
        signIn("staff2", "staff2-demo-2026");
        browser.get(url("grants/" + grant[0]));
        click(releaseButton());
        // the release is confirmed in a dialog, which asks why when the tranche is planned for later
        WebElement confirm = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot='confirm-button']")));
        for (WebElement reason : browser.findElements(By.cssSelector("#early-reason textarea"))) {
            reason.sendKeys("The group is ready ahead of plan (test)");
        }
        click(confirm);

        wait.until(ExpectedConditions.numberOfElementsToBe(By.id(releaseId), 0));
        assertThat(status(disbursement)).isEqualTo(DisbursementStatus.RELEASED);
        // the release is visible: who released it in the disbursements, and the event in the audit trail
        assertThat(gridText("disbursement-grid", "staff2")).contains("Released");
        assertThat(gridText("audit-grid", "Disbursement released")).contains("staff2");
    }

    private DisbursementStatus status(long disbursement) {
        DisbursementStatus[] status = new DisbursementStatus[1];
        SystemTask.runAsAdministrator(() -> {
            for (GrantSummary s : grants.list(null)) {
                grants.disbursements(s.grant().id()).stream()
                        .filter(d -> d.id() == disbursement)
                        .forEach(d -> status[0] = d.status());
            }
        });
        return status[0];
    }

    /** The release button in the disbursements grid, scrolled into view so the grid draws its rows. */
    private WebElement releaseButton() {
        WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("disbursement-grid")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", grid);
        try {
            return wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button.release-disbursement")));
        } catch (org.openqa.selenium.TimeoutException e) {
            Object html = script("return document.getElementById('disbursement-grid').outerHTML");
            throw new AssertionError(
                    "No disbursement to release. Problem shown: "
                            + script("return document.getElementById('grant-problem').textContent") + "; grid: "
                            + String.valueOf(html)
                                    .substring(
                                            0,
                                            Math.min(3000, String.valueOf(html).length())),
                    e);
        }
    }

    /** The grid's text once it shows the expected words; scrolled into view first so it draws its rows. */
    private String gridText(String id, String expected) {
        WebElement grid = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", grid);
        String query = "return document.getElementById('" + id + "').textContent";
        wait.until(b -> String.valueOf(script(query)).contains(expected));
        return String.valueOf(script(query));
    }
}
