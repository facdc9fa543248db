package org.reintegration.portal.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal on a random port with its demo data, and a fresh Debian Chromium for each test, with the steps
 * every browser test takes: signing in, choosing a language, clicking what may lie below the fold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    @LocalServerPort
    int port;

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /**
     * The last screen of every test is kept under {@code target/e2e-screens}, named after the test, so that a
     * failure on a machine nobody watched can still be looked at.
     */
    @AfterEach
    void stopBrowser(TestInfo test) throws IOException {
        if (browser == null) {
            return;
        }
        try {
            Path screens = Files.createDirectories(Path.of("target", "e2e-screens"));
            String name = getClass().getSimpleName() + "."
                    + test.getTestMethod().map(m -> m.getName()).orElse("test");
            Files.write(screens.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (WebDriverException e) {
            // A browser that no longer answers has nothing to show.
        } finally {
            browser.quit();
        }
    }

    /**
     * Swaps the test's browser for one with JavaScript turned off, and the wait for one that asks it. A wait
     * left on the browser that was quit would fail on its first question.
     */
    protected void restartWithoutJavaScript() throws IOException {
        browser.quit();
        browser = Chromium.start(false);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /**
     * Waits for an element of the page a submitted form leads to. Without a script a click on a submit button
     * can return before the next document has replaced the form, so looking for it at once can read the page
     * being left.
     */
    protected WebElement waitFor(By next) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(next));
    }

    /** Signs in on the login page and waits for the signed-in header. */
    protected void signIn(String username, String password) {
        browser.get(url("login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        WebElement secret = browser.findElement(By.cssSelector("input[name='password']"));
        secret.sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    /**
     * Signs out with the header's button and waits for the page it leads to. While the browser swaps one
     * document for the next, Chromium can answer any question about an element with an error rather than
     * "stale", so the wait reads the new page's address and content and treats such an error as "not yet".
     */
    protected void signOut() {
        String signedIn = browser.getCurrentUrl();
        click(browser.findElement(By.id("sign-out")));
        wait.until(b -> {
            try {
                return !signedIn.equals(b.getCurrentUrl())
                        && "complete".equals(script("return document.readyState"))
                        && b.findElements(By.id("sign-out")).isEmpty();
            } catch (WebDriverException e) {
                return false;
            }
        });
    }

    /** Picks a language, by its own name, in the header's language menu. */
    protected void chooseLanguage(String nativeName) {
        WebElement select = wait.until(ExpectedConditions.elementToBeClickable(By.id("language-select")));
        select.click();
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + nativeName + "']")));
        item.click();
    }

    /** Scrolls the element to the middle of the window, clear of sticky bars, then clicks it. */
    protected void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    protected Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
