package org.reintegration.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.RoundFixture;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.beans.factory.annotation.Autowired;

/** A community member votes with a code on the public page in French, on a phone-sized screen. */
class VoteInFrenchIT extends BrowserTest {

    @Autowired
    VotingService voting;

    @Autowired
    DSLContext db;

    private RoundFixture fixture;
    private RoundFixture.Round round;

    @BeforeEach
    void prepareRound() {
        fixture = new RoundFixture(db);
        round = fixture.round("Vote à Kankan", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500, 300);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(400, 800));
    }

    @AfterEach
    void removeRound() {
        fixture.delete(round);
    }

    @Test
    void a_voter_enters_a_code_chooses_in_french_and_the_ballot_is_counted() {
        AtomicReference<List<String>> codes = new AtomicReference<>();
        SystemTask.runAsAdministrator(
                () -> codes.set(voting.generateCodes(round.id(), 1, Locale.FRENCH, true, url("vote/" + round.id()))
                        .codes()));
        browser.get(url("login"));
        browser.manage().addCookie(new Cookie("portal-lang", "fr", "/"));

        browser.get(url("vote/" + round.id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Votez pour les initiatives"));
        assertThat(script("return document.documentElement.lang")).isEqualTo("fr");
        WebElement code = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#code input")));
        code.sendKeys(codes.get().getFirst().replace("-", " ").toLowerCase(Locale.ROOT));
        click(browser.findElement(By.id("open-ballot")));

        WebElement choice = wait.until(ExpectedConditions.elementToBeClickable(By.id("choose-" + round.initiative(2))));
        click(choice);
        wait.until(ExpectedConditions.textToBe(By.id("ballot-status"), "Choisies : 1 sur 2 au plus"));
        click(browser.findElement(By.id("review")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("review-choices"), "Vote à Kankan initiative 2"));
        click(browser.findElement(By.id("cast-ballot")));

        WebElement counted = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vote-counted")));
        assertThat(counted.getText()).contains("Merci, votre vote a été compté.");
        AtomicInteger ballots = new AtomicInteger();
        SystemTask.runAsAdministrator(
                () -> ballots.set(voting.ballotCounts(round.id()).online()));
        assertThat(ballots.get()).isEqualTo(1);
    }
}
