package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The impact survey across editions: an agent opens a survey on the 2018 laureates (refused field by field
 * first, nothing sent), reminds the carriers; the demo carrier answers through the mailed link without
 * signing in, once; the response rate and the indicators move, and compare with the demo's past survey.
 */
class ImpactSurveyBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String CARRIER = PortalSession.demoEmail("CARRIER");

    @Test
    void anAgentSurveysTheFundedProjectsAndACarrierAnswersOnceThroughTheMailedLink() {
        long run = System.nanoTime() % 1_000_000;
        String title = "Enquete de suivi " + run;
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/follow-up");
        browser.driver.findElement(By.id("surveys-link")).click();
        browser.assertAccessible();
        browser.screenshot("160-surveys");
        assertTrue(browser.driver.findElement(By.id("surveys")).getText().contains("Étude d'impact 2018–2023"), browser.mainText());
        int surveysBefore = rows("surveys");

        // The demo's past survey: figures with the answers behind them, per edition, category, territory, theme.
        browser.driver.findElement(By.linkText("Étude d'impact 2018–2023")).click();
        browser.assertAccessible();
        String indicators = browser.driver.findElement(By.id("indicators")).getText();
        assertTrue(indicators.matches("(?s).*Cette enquête \\d+ \\d+ % \\(\\d+ sur \\d+\\).*"), indicators);
        assertTrue(indicators.contains("Bilans annuels déposés"), indicators);
        for (String table : new String[]{"by-edition", "by-category", "by-territory", "by-theme"}) {
            assertTrue(rows(table) >= 1, table);
        }
        assertFalse(browser.driver.findElements(By.id("remind")).size() > 0, "a closed survey is not reminded");
        browser.screenshot("161-survey-demo-results");

        // Bad input: every message next to its field, nothing written.
        browser.open("/admin/new-survey");
        browser.driver.findElements(By.cssSelector("input[name='survey:questions']:checked")).forEach(c -> c.click());
        browser.setDate("survey:closesOn", LocalDate.now().minusDays(1).toString());
        browser.submit(By.id("survey:review"));
        assertEquals("Donnez un titre à l'enquête.", browser.fieldMessage("survey:title"));
        assertEquals("Cochez au moins une édition dont les projets ont été financés.", browser.fieldMessage("survey:editions"));
        assertEquals("Choisissez au moins une question, du catalogue ou libre.", browser.fieldMessage("survey:questions"));
        assertEquals("Indiquez une date de clôture après aujourd'hui, dans les six mois.", browser.fieldMessage("survey:closesOn"));
        browser.assertAccessible();
        browser.screenshot("162-new-survey-refused");
        browser.open("/admin/surveys");
        assertEquals(surveysBefore, rows("surveys"), "nothing written");

        // The survey as it will be sent, then the sending (irreversible: confirmed).
        browser.open("/admin/new-survey");
        browser.type("survey:title", title);
        browser.driver.findElement(By.cssSelector("input[name='survey:editions'][value='2018']")).click();
        browser.type("survey:freeQuestion:0:text", "Un conseil pour les prochains porteurs ?");
        browser.setDate("survey:closesOn", LocalDate.now().plusDays(30).toString());
        browser.submit(By.id("survey:review"));
        String review = browser.driver.findElement(By.id("review")).getText();
        assertTrue(review.contains(title) && review.contains("2018") && review.contains("Le projet est-il toujours actif ?")
                && review.contains("Un conseil pour les prochains porteurs ?"), review);
        browser.assertAccessible();
        browser.screenshot("163-new-survey-review");
        clickAndConfirm(By.id("confirm:send"));
        assertTrue(browser.driver.findElement(By.id("messages")).getText().contains("Enquête « " + title + " » envoyée"), browser.mainText());
        assertEquals(surveysBefore + 1, rows("surveys"));
        browser.assertAccessible();
        String firstLink = Mailbox.linkIn(Mailbox.mailContaining(MAIL, CARRIER, String.valueOf(run)));
        assertTrue(firstLink.startsWith("/survey-answer?token="), firstLink);

        // The response rate before any answer, then a reminder with a new link (audited, mailed again).
        browser.driver.findElement(By.linkText(title)).click();
        assertEquals("0", totalAnswered());
        assertTrue(browser.driver.findElement(By.id("indicators")).getText().contains("Cette enquête 0 – (aucune réponse)"));
        clickAndConfirm(By.id("remind:submit"));
        assertTrue(browser.driver.findElement(By.id("messages")).getText().matches("Porteurs relancés : \\d+\\."), browser.mainText());
        browser.assertAccessible();
        String reminder = Mailbox.linkIn(Mailbox.mailContaining(MAIL, CARRIER, "remplace"));
        assertFalse(reminder.equals(firstLink));

        // The carrier, not signed in: the first link no longer works, the reminder's does, once.
        Browser carrier = Browser.desktop();
        try {
            carrier.open(firstLink);
            assertTrue(carrier.mainText().contains("Ce lien n'est pas valable."), carrier.mainText());
            carrier.open(reminder);
            assertTrue(carrier.mainText().contains(title), carrier.mainText());
            carrier.screenshot("164-survey-answer");
            carrier.submit(By.id("answer:submit"));
            assertEquals("Dites si le projet est toujours actif.", carrier.fieldMessage("answer:active"));
            assertEquals("Choisissez une réponse.", carrier.fieldMessage("answer:volunteers"));
            assertEquals("Dites si les objectifs ont été atteints.", carrier.fieldMessage("answer:objectives"));
            carrier.assertAccessible();
            carrier.driver.findElement(By.cssSelector("input[name='answer:active'][value='true']")).click();
            carrier.driver.findElement(By.cssSelector("input[name='answer:volunteers'][value='MORE']")).click();
            carrier.driver.findElement(By.cssSelector("input[name='answer:employees'][value='SAME']")).click();
            carrier.driver.findElement(By.cssSelector("input[name='answer:objectives'][value='FULLY']")).click();
            carrier.type("answer:question:0:text", "Bien chiffrer son budget.");
            carrier.submit(By.id("answer:submit"));
            assertTrue(carrier.mainText().contains("Merci ! Votre réponse est enregistrée."), carrier.mainText());
            carrier.assertAccessible();
            carrier.screenshot("165-survey-answered");
            carrier.open(reminder);
            assertTrue(carrier.mainText().contains("Ce lien a déjà servi"), carrier.mainText());
            assertTrue(carrier.driver.findElements(By.id("answer:submit")).isEmpty(), "no second answer");
            carrier.screenshot("166-survey-link-used");
            carrier.open("/survey-answer?token=made-up");
            assertTrue(carrier.mainText().contains("Ce lien n'est pas valable."), carrier.mainText());
        } finally {
            carrier.close();
        }

        // The response rate and the indicators moved; the evolution from the past survey.
        browser.driver.navigate().refresh();
        browser.assertAccessible();
        assertEquals("1", totalAnswered());
        String moved = browser.driver.findElement(By.id("indicators")).getText();
        assertTrue(moved.contains("Cette enquête 1 100 % (1 sur 1) 100 % (1 sur 1) 0 % (0 sur 1) 100 % (1 sur 1)"), moved);
        assertTrue(browser.driver.findElement(By.id("by-edition")).getText().contains("2018 1 100 % (1 sur 1)"));
        assertTrue(browser.mainText().contains("Bien chiffrer son budget."), "the free answer");
        browser.submit(By.id("compare-submit"));
        String evolution = browser.driver.findElement(By.id("evolution")).getText();
        assertTrue(evolution.contains("Toujours actifs") && evolution.contains("points"), evolution);
        browser.assertAccessible();
        browser.screenshot("167-survey-results-evolution");
    }

    /** Clicks a button whose action asks for a confirmation, accepts it, and waits for the page that answers. */
    private void clickAndConfirm(By button) {
        WebElement element = browser.driver.findElement(button);
        element.click();
        browser.driver.switchTo().alert().accept();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(element));
    }

    private int rows(String table) {
        return browser.driver.findElements(By.cssSelector("#" + table + " tbody tr")).size();
    }

    /** The answers of the "all editions" row of the response rate. */
    private String totalAnswered() {
        return browser.driver.findElement(By.xpath("//table[@id='rates']//tr[th[normalize-space()='Toutes éditions']]/td[2]")).getText();
    }
}
