package org.reintegration.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.INITIATIVE;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.reintegration.portal.base.ui.Formats;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.RoundFixture;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public ballot on a 375 px phone in French and Arabic, with initiatives that have phone photos of a
 * megabyte each: the page shows small pictures, loaded only as they come into view, each with its text, and
 * everything it fetched stays under 1 MB; nothing scrolls sideways; as boxes are ticked, the script writes the
 * amounts exactly as the server does (in Arabic: the number, then the code, isolated).
 */
class BallotOnAPhoneIT extends BrowserTest {

    private static final int PHOTOS = 4;

    @Autowired
    VotingService voting;

    @Autowired
    DSLContext db;

    private RoundFixture fixture;
    private RoundFixture.Round round;
    private int photoBytes;

    @BeforeEach
    void prepareRound() throws IOException {
        fixture = new RoundFixture(db);
        round = fixture.round(
                "Budget de Kankan",
                Phase.VOTING,
                BallotFormat.KNAPSACK,
                1_500_000,
                400_000,
                500_000,
                300_000,
                250_000,
                200_000,
                100_000);
        for (int position = 1; position <= PHOTOS; position++) {
            byte[] photo = phonePhoto(position);
            photoBytes += photo.length;
            db.update(INITIATIVE)
                    .set(INITIATIVE.PHOTO, photo)
                    .set(INITIATIVE.PHOTO_TYPE, "image/jpeg")
                    .where(INITIATIVE.ID.eq(round.initiative(position)))
                    .execute();
        }
    }

    @AfterEach
    void removeRound() {
        fixture.delete(round);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar"})
    void the_ballot_shows_light_lazy_pictures_and_writes_amounts_as_the_server_does(String language)
            throws IOException {
        assertThat(photoBytes).as("the photos as stored").isGreaterThan(1_000_000);
        AtomicReference<List<String>> codes = new AtomicReference<>();
        SystemTask.runAsAdministrator(
                () -> codes.set(voting.generateCodes(round.id(), 1, Locale.FRENCH, false, url("vote/" + round.id()))
                        .codes()));
        browser.get(url("public/rounds"));
        browser.manage().addCookie(new Cookie("portal-lang", language, "/"));
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 800, "deviceScaleFactor", 1, "mobile", true));

        browser.get(url("vote/" + round.id() + "?code=" + codes.get().getFirst()));
        browser.findElement(By.id("open-ballot")).click();
        wait.until(b -> !b.findElements(By.id("ballot")).isEmpty());

        List<WebElement> pictures = browser.findElements(By.cssSelector("#ballot img"));
        assertThat(pictures).hasSize(PHOTOS);
        for (int position = 1; position <= PHOTOS; position++) {
            WebElement picture = browser.findElement(By.cssSelector("#item-" + round.initiative(position) + " img"));
            assertThat(picture.getAttribute("loading")).isEqualTo("lazy");
            assertThat(picture.getAttribute("alt"))
                    .isEqualTo(("fr".equals(language) ? "Photo de " : "صورة ") + "Budget de Kankan initiative "
                            + position);
        }
        assertThat(browser.findElements(By.cssSelector("#item-" + round.initiative(5) + " img")))
                .isEmpty();
        screenshot(language, 375);

        // down the whole ballot, so that every picture comes into view and loads
        script("window.scrollTo(0, document.body.scrollHeight)");
        wait.until(
                b -> Boolean.TRUE.equals(
                        script(
                                "return Array.from(document.querySelectorAll('#ballot img')).every(i => i.complete && i.naturalWidth > 0)")));
        for (WebElement picture : pictures) {
            assertThat(((Number) script("return arguments[0].naturalWidth", picture)).intValue())
                    .isBetween(1, 240);
        }
        assertThat((Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("scrolls sideways")
                .isTrue();
        long fetched = ((Number) script("return performance.getEntriesByType('navigation')"
                        + ".concat(performance.getEntriesByType('resource'))"
                        + ".reduce((sum, e) => sum + (e.encodedBodySize || 0), 0)"))
                .longValue();
        assertThat(fetched).as("bytes the ballot fetched").isPositive().isLessThan(1_000_000);

        // ticked: the script writes the amount as the server writes it in this language
        click(browser.findElement(By.id("choose-" + round.initiative(1))));
        Locale locale = Locale.forLanguageTag(language);
        String spent = Formats.money(locale, new BigDecimal(400_000), "GNF");
        String left = Formats.money(locale, new BigDecimal(1_100_000), "GNF");
        String status = browser.findElement(By.id("ballot-status")).getAttribute("textContent");
        assertThat(status).contains(spent, left);
        if ("ar".equals(language)) {
            assertThat(spent).startsWith("\u2068\u200F").endsWith("\u2069");
        }

        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.manage().window().setSize(new Dimension(1280, 900));
        script("window.scrollTo(0, 0)");
        screenshot(language, 1280);
    }

    /** With {@code -Daccessibility.screenshots=DIR}, keeps what the ballot looks like. */
    private void screenshot(String language, int width) throws IOException {
        String folder = System.getProperty("accessibility.screenshots");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            Files.write(
                    Path.of(folder, "ballot-photos-" + language + "-" + width + ".png"),
                    browser.getScreenshotAs(OutputType.BYTES));
        }
    }

    /** A photo as a phone takes it: large and full of detail, a few hundred kilobytes. */
    private static byte[] phonePhoto(int seed) throws IOException {
        BufferedImage image = new BufferedImage(1000, 750, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int shade = (x * 255 / image.getWidth() + noise.nextInt(64)) & 0xff;
                image.setRGB(x, y, (shade << 16) | (noise.nextInt(256) << 8) | (y * 255 / image.getHeight()));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
