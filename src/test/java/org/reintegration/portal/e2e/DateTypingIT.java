package org.reintegration.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A date is typed the way it is written where the reader is: 15/03/2026 is the 15th of March in French and in
 * British English (it used to leave the field empty, read month first), and 3/15/2026 in American English.
 */
class DateTypingIT extends BrowserTest {

    @Test
    void a_date_typed_day_first_is_read_in_french() {
        signIn("staff", "staff-demo-2026");
        browser.manage().addCookie(new Cookie("portal-lang", "fr", "/"));

        assertThat(typeGrantStart("15/03/2026")).isEqualTo("2026-03-15");
    }

    @Test
    void a_date_typed_day_first_is_read_in_arabic() {
        signIn("staff", "staff-demo-2026");
        browser.manage().addCookie(new Cookie("portal-lang", "ar", "/"));

        assertThat(typeGrantStart("15/03/2026")).isEqualTo("2026-03-15");
    }

    @Test
    void a_date_typed_day_first_is_read_for_a_british_browser() throws IOException {
        browser.quit();
        browser = Chromium.start("en-GB,en");
        wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30));
        signIn("staff", "staff-demo-2026");

        assertThat(typeGrantStart("15/03/2026")).isEqualTo("2026-03-15");
    }

    @Test
    void an_american_browser_still_types_the_month_first() throws IOException {
        browser.quit();
        browser = Chromium.start("en-US,en");
        wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30));
        signIn("staff", "staff-demo-2026");

        assertThat(typeGrantStart("3/15/2026")).isEqualTo("2026-03-15");
    }

    /** Types into the new grant's start date, leaves the field, and returns the value the field took. */
    private String typeGrantStart(String typed) {
        browser.get(url("grants/new"));
        WebElement picker =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-date-picker")));
        WebElement input = picker.findElement(By.cssSelector("input"));
        click(input);
        input.sendKeys(typed);
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        wait.until(d ->
                !String.valueOf(script("return arguments[0].value", picker)).isEmpty()
                        || !String.valueOf(script("return arguments[0].inputElement.value", picker))
                                .equals(typed));
        return String.valueOf(script("return arguments[0].value", picker));
    }
}
