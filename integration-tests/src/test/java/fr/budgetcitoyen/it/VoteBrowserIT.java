package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resident votes in Chromium: choice, confirmation that says it is final, receipt shown once. */
class VoteBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String COOPERATION = "section[data-category='COOPERATION']";

    private WebElement cooperation(String idSuffix) {
        return browser.driver.findElement(By.cssSelector(COOPERATION + " [id$='" + idSuffix + "']"));
    }

    private String text() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private void waitFor(By element) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    @Test
    void aResidentVotesWithTheKeyboardAndKeepsTheReceipt() {
        String email = Voters.register(MAIL, LocalDate.of(1992, 2, 29));
        browser = Browser.desktop();
        browser.signIn(email, Voters.PASSWORD);
        browser.open("/vote");
        browser.screenshot("30-vote-ballot");
        assertTrue(text().contains("Coopération") && text().contains("Innovation sociale"), text());

        cooperation(":review").sendKeys(Keys.ENTER);
        waitFor(By.cssSelector(COOPERATION + " [id$=':choice-message']:not(:empty)"));
        assertTrue(cooperation(":choice-message").getText().contains("Choisissez un projet"), text());

        WebElement firstChoice = browser.driver.findElement(By.cssSelector(COOPERATION + " input[type=radio]"));
        firstChoice.sendKeys(Keys.SPACE);
        assertTrue(firstChoice.isSelected(), "the keyboard selects a project");
        cooperation(":review").sendKeys(Keys.ENTER);
        waitFor(By.id("confirm:cast"));
        browser.assertAccessible();
        browser.screenshot("31-vote-confirm");
        assertTrue(text().contains("Un vote est définitif"), text());

        // The page encrypts the choice itself: the tracker it shows is the receipt the server gives back.
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("urn-tracker-line")).isDisplayed());
        String audited = browser.driver.findElement(By.id("urn-tracker")).getText();
        assertTrue(audited.matches(Voters.TRACKER), audited);
        // Cast-as-intended (Benaloh): the audited ballot says what it encrypted, and is replaced by a new one.
        browser.driver.findElement(By.id("urn-audit")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> !audited.equals(d.findElement(By.id("urn-tracker")).getText())
                && d.findElement(By.id("urn-audit-result")).getText().contains("chiffrait bien"));
        String chosen = browser.driver.findElement(By.id("urn")).getAttribute("data-choice-label");
        assertTrue(browser.driver.findElement(By.id("urn-audit-result")).getText().contains(chosen),
                browser.driver.findElement(By.id("urn-audit-result")).getText());
        browser.assertAccessible();
        browser.screenshot("31b-vote-confirm-audited");
        String encryptedHere = browser.driver.findElement(By.id("urn-tracker")).getText();
        assertTrue(encryptedHere.matches(Voters.TRACKER) && !encryptedHere.equals(audited), encryptedHere);
        browser.driver.findElement(By.id("confirm:mailReceipt")).sendKeys(Keys.SPACE);
        browser.driver.findElement(By.id("confirm:cast")).sendKeys(Keys.ENTER);
        waitFor(By.id("receipt"));
        browser.assertAccessible();
        browser.screenshot("32-vote-receipt");
        String receipt = browser.driver.findElement(By.id("receipt")).getText();
        assertEquals(encryptedHere, receipt, "the ballot cast is the one the page encrypted");
        assertTrue(text().contains("envoyée par e-mail"), text());
        String mail = Mailbox.mailContaining(MAIL, email, receipt);
        assertTrue(mail.contains("Coop") && mail.contains("ne dit pas pour quel projet"), mail);

        browser.driver.navigate().refresh();
        assertTrue(browser.driver.findElements(By.id("receipt")).isEmpty(), "the receipt is shown only once");

        browser.open("/vote");
        browser.screenshot("33-vote-already-voted");
        assertEquals(1, browser.driver.findElements(By.cssSelector(".badge--voted")).size());
        assertTrue(browser.driver.findElements(By.cssSelector(COOPERATION + " [id$=':review']")).isEmpty());
    }

    @Test
    void theBallotFitsAPhone() {
        String email = Voters.register(MAIL, LocalDate.of(2001, 6, 21));
        browser = Browser.phone();
        browser.signIn(email, Voters.PASSWORD);
        browser.open("/vote");
        browser.screenshot("34-vote-phone");
        Long scrollWidth = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= 360, "no horizontal scrolling at 360 px, got " + scrollWidth);
    }

    /** Seen: after voting in every category the page still showed its filter, over nothing left to choose. */
    @Test
    void afterVotingEverywhereThePageSaysSoAndOffersNoFilter() {
        String email = Voters.register(MAIL, LocalDate.of(1975, 11, 2));
        PortalSession voter = Voters.apiSession(email);
        int year = DemoEditionsApi.voting().getInt("year");
        List<JsonObject> projects = Http.portal("/api/campaigns/" + year + "/projects").json(JsonArray.class)
                .getValuesAs(JsonObject.class);
        projects.stream().map(p -> p.getString("category")).distinct().forEach(category -> {
            JsonObject project = projects.stream().filter(p -> p.getString("category").equals(category)).findFirst().orElseThrow();
            Http.Response cast = voter.json("POST", "/api/votes",
                    "{\"category\":\"" + category + "\",\"project\":" + project.getInt("id") + "}");
            assertEquals(201, cast.status(), cast.body());
        });
        browser = Browser.desktop();
        browser.signIn(email, Voters.PASSWORD);
        browser.open("/vote");
        browser.screenshot("35-vote-everywhere");
        assertTrue(browser.driver.findElement(By.id("voted-everywhere")).getText().contains("toutes les catégories"));
        assertTrue(browser.driver.findElements(By.id("vote:territory")).isEmpty(), "no filter over nothing to choose");
    }
}
