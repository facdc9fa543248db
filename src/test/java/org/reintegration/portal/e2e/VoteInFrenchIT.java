package org.reintegration.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.RoundFixture;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A community member votes with a code on the public pages in French, on a phone-sized screen, in a
 * browser with JavaScript turned off: the plain HTML forms are all it takes.
 */
class VoteInFrenchIT extends BrowserTest {

    @Autowired
    VotingService voting;

    @Autowired
    DSLContext db;

    private RoundFixture fixture;
    private RoundFixture.Round round;

    @BeforeEach
    void prepareRound() throws IOException {
        restartWithoutJavaScript();
        fixture = new RoundFixture(db);
        round = fixture.round("Vote à Kankan", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500, 300);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
    }

    @AfterEach
    void removeRound() {
        fixture.delete(round);
    }

    @Test
    void a_voter_without_javascript_enters_a_code_is_refused_too_many_choices_then_votes_in_french() {
        AtomicReference<List<String>> codes = new AtomicReference<>();
        SystemTask.runAsAdministrator(
                () -> codes.set(voting.generateCodes(round.id(), 1, Locale.FRENCH, true, url("vote/" + round.id()))
                        .codes()));
        browser.get(url("public/rounds"));
        browser.manage().addCookie(new Cookie("portal-lang", "fr", "/"));

        browser.get(url("vote/" + round.id()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vote à Kankan");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElements(By.tagName("noscript"))).isEmpty();
        browser.findElement(By.id("code"))
                .sendKeys(codes.get().getFirst().replace("-", " ").toLowerCase(Locale.ROOT));
        browser.findElement(By.id("open-ballot")).click();

        // three ticks where two are allowed: without a script nothing stops the ticks, the server does
        waitFor(By.id("cast-ballot"));
        for (int position = 1; position <= 3; position++) {
            browser.findElement(By.id("choose-" + round.initiative(position))).click();
        }
        browser.findElement(By.id("cast-ballot")).click();
        assertThat(waitFor(By.id("ballot-problem")).getText())
                .isEqualTo("Les choix ne respectent pas les règles du bulletin. Choisissez-en au plus 2.");
        assertThat(browser.findElements(By.cssSelector("input[name=choice]:checked")))
                .hasSize(3);

        browser.findElement(By.id("choose-" + round.initiative(1))).click();
        browser.findElement(By.id("choose-" + round.initiative(3))).click();
        browser.findElement(By.id("cast-ballot")).click();

        WebElement back = waitFor(By.id("thanks-round"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Merci, votre vote a été compté.");
        assertThat(back.getAttribute("href")).endsWith("/public/rounds/" + round.id());
        AtomicInteger ballots = new AtomicInteger();
        SystemTask.runAsAdministrator(
                () -> ballots.set(voting.ballotCounts(round.id()).online()));
        assertThat(ballots.get()).isEqualTo(1);
    }
}
