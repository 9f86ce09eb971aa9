package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Internships offered by the ESS ambassadors (issue 20): the demo ambassador publishes an offer (refused field by
 * field first), edits it; a young person finds it in the directory, applies; the ambassador declines without a word
 * (refused), then accepts; both are mailed; the applicant sees the answer on their account; the offer is closed.
 */
class InternshipBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String AMBASSADOR = PortalSession.demoEmail("AMBASSADOR");

    @Test
    void anAmbassadorPublishesAnOfferAStudentAppliesAndBothAreMailed() {
        String student = Voters.register(MAIL, LocalDate.now().minusYears(20));
        String title = "Stage reemploi et vente solidaire " + System.nanoTime();
        String motivation = "Etudiante en BTS, disponible tout le printemps " + System.nanoTime();
        LocalDate today = LocalDate.now();

        Browser ambassador = Browser.desktop();
        try {
            ambassador.signIn(AMBASSADOR, PortalSession.DEMO_PASSWORD);
            ambassador.open("/my-ambassador");
            ambassador.type("offer:title", title);
            ambassador.setDate("offer:startsOn", today.minusDays(1).toString());
            ambassador.setDate("offer:endsOn", today.minusDays(5).toString());
            ambassador.submit(By.id("offer:save"));
            assertEquals("Choisissez stage ou service civique.", ambassador.fieldMessage("offer:kind"));
            assertEquals("Choisissez le domaine de l'offre.", ambassador.fieldMessage("offer:topic"));
            assertEquals("Indiquez la commune du Pas-de-Calais où se déroule l'offre.", ambassador.fieldMessage("offer:commune"));
            assertEquals("La date de début ne peut pas être passée.", ambassador.fieldMessage("offer:startsOn"));
            assertEquals("La date de fin doit être après la date de début.", ambassador.fieldMessage("offer:endsOn"));
            assertEquals("Décrivez l'offre.", ambassador.fieldMessage("offer:description"));
            assertFalse(ambassador.mainText().contains("Offre publiée"), "nothing is published on bad input");
            ambassador.assertAccessible();
            ambassador.screenshot("130-internship-refused");

            publish(ambassador, title, "INTERNSHIP", "Environnement et transition écologique",
                    "Accueillir les donateurs, trier, mettre en rayon et tenir la caisse de la boutique.");
            WebElement mine = offerCard(ambassador, title);
            assertTrue(mine.getText().contains("ouverte"), mine.getText());

            ambassador.submit(mine.findElement(By.cssSelector("[id$=':edit']")));
            assertEquals(title, ambassador.driver.findElement(By.id("offer:title")).getAttribute("value"));
            ambassador.setDate("offer:endsOn", today.plusDays(90).toString());
            ambassador.submit(By.id("offer:save"));
            assertTrue(ambassador.mainText().contains("Offre modifiée."), ambassador.mainText());
            ambassador.assertAccessible();
            ambassador.screenshot("131-internship-published");
        } finally {
            ambassador.close();
        }

        browser = Browser.desktop();
        browser.open("/internships");
        new Select(browser.driver.findElement(By.id("kind"))).selectByVisibleText("Stage");
        new Select(browser.driver.findElement(By.id("territory"))).selectByVisibleText("Arrageois");
        new Select(browser.driver.findElement(By.id("topic"))).selectByVisibleText("Environnement et transition écologique");
        browser.submit(By.id("filter"));
        assertTrue(browser.driver.getCurrentUrl().contains("kind=INTERNSHIP"), browser.driver.getCurrentUrl());
        assertTrue(browser.driver.findElement(By.id("offers")).getText().contains(title), browser.mainText());
        browser.assertAccessible();
        browser.screenshot("132-internships-directory");
        browser.open("/internships?kind=CIVIC_SERVICE");
        assertFalse(browser.mainText().contains(title), "a civic-service search leaves internships out");
        browser.open("/ambassador?id=1");
        assertTrue(browser.driver.findElement(By.id("ambassador-offers")).getText().contains(title), "on the ambassador's profile too");

        browser.open("/internships?kind=INTERNSHIP&topic=ENVIRONMENT");
        browser.driver.findElement(By.linkText(title)).click();
        String offerUrl = browser.driver.getCurrentUrl().replaceFirst("^.*(/internship\\?id=\\d+).*$", "$1");
        browser.assertAccessible();
        assertTrue(browser.mainText().contains("Connectez-vous pour proposer votre candidature"), browser.mainText());
        browser.signIn(student, Voters.PASSWORD);
        browser.open(offerUrl);
        browser.submit(By.id("apply:submit"));
        assertEquals("Écrivez quelques mots pour vous présenter.", browser.fieldMessage("apply:message"));
        browser.type("apply:message", motivation);
        browser.submit(By.id("apply:submit"));
        assertTrue(browser.mainText().contains("Candidature envoyée."), browser.mainText());
        assertTrue(browser.driver.findElements(By.id("apply:submit")).isEmpty(), "one request per offer");
        browser.assertAccessible();
        browser.screenshot("133-internship-applied");
        assertTrue(Mailbox.mailContaining(MAIL, AMBASSADOR, motivation).contains(motivation));

        ambassador = Browser.desktop();
        try {
            ambassador.signIn(AMBASSADOR, PortalSession.DEMO_PASSWORD);
            ambassador.open("/my-ambassador");
            WebElement request = application(ambassador, motivation);
            assertTrue(request.getText().contains("Votant"), "the applicant's name: " + request.getText());
            ambassador.submit(request.findElement(By.cssSelector("[id$=':decline']")));
            assertTrue(ambassador.mainText().contains("Dites au candidat pourquoi, en quelques mots."), ambassador.mainText());
            request = application(ambassador, motivation);
            request.findElement(By.tagName("textarea")).sendKeys("Bienvenue : rendez-vous lundi a 9 h a la boutique.");
            ambassador.submit(request.findElement(By.cssSelector("[id$=':accept']")));
            assertTrue(ambassador.mainText().contains("Vous avez accepté"), ambassador.mainText());
            ambassador.assertAccessible();
            ambassador.screenshot("134-internship-answered");
        } finally {
            ambassador.close();
        }
        String answer = Mailbox.mailContaining(MAIL, student, "rendez-vous lundi");
        assertTrue(answer.contains("rendez-vous lundi a 9 h"), answer);

        browser.open("/account");
        assertTrue(browser.driver.findElement(By.id("applications")).getText().contains(title));
        assertTrue(browser.driver.findElement(By.id("applications")).getText().contains("acceptée"));
        browser.screenshot("135-account-applications");
        browser.open(offerUrl);
        assertTrue(browser.driver.findElement(By.id("request-status")).getText().contains("acceptée"));

        ambassador = Browser.desktop();
        try {
            ambassador.signIn(AMBASSADOR, PortalSession.DEMO_PASSWORD);
            ambassador.open("/my-ambassador");
            WebElement close = offerCard(ambassador, title).findElement(By.cssSelector("[id$=':close']"));
            close.click();
            ambassador.driver.switchTo().alert().accept();
            new WebDriverWait(ambassador.driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(close));
            assertTrue(ambassador.mainText().contains("clôturée"), ambassador.mainText());
            assertTrue(offerCard(ambassador, title).getText().contains("clôturée"));
            ambassador.assertAccessible();
        } finally {
            ambassador.close();
        }
        browser.open("/internships");
        assertFalse(browser.mainText().contains(title), "a closed offer leaves the directory");
        browser.open(offerUrl);
        assertTrue(browser.driver.findElement(By.id("offer-closed")).getText().contains("n'accepte plus"));
        browser.screenshot("136-internship-closed");
    }

    @Test
    void aDeclinedApplicantIsToldWhyAndAClosedOfferTakesNoMoreRequests() {
        String student = Voters.register(MAIL, LocalDate.now().minusYears(19));
        String latecomer = Voters.register(MAIL, LocalDate.now().minusYears(22));
        String title = "Service civique animation jeunesse " + System.nanoTime();
        Browser ambassador = Browser.desktop();
        try {
            ambassador.signIn(AMBASSADOR, PortalSession.DEMO_PASSWORD);
            ambassador.open("/my-ambassador");
            publish(ambassador, title, "CIVIC_SERVICE", "Jeunesse et éducation", "Animer les sorties nature des enfants du quartier.");

            browser = Browser.desktop();
            browser.signIn(student, Voters.PASSWORD);
            browser.open("/internships?kind=CIVIC_SERVICE&topic=YOUTH");
            browser.driver.findElement(By.linkText(title)).click();
            assertTrue(browser.driver.findElement(By.id("offer-kind")).getText().contains("Service civique"));
            String offerUrl = browser.driver.getCurrentUrl().replaceFirst("^.*(/internship\\?id=\\d+).*$", "$1");
            browser.type("apply:message", "Animateur BAFA, libre le mercredi.");
            browser.submit(By.id("apply:submit"));
            assertTrue(browser.mainText().contains("Candidature envoyée."), browser.mainText());

            ambassador.open("/my-ambassador");
            WebElement request = application(ambassador, "Animateur BAFA, libre le mercredi.");
            request.findElement(By.tagName("textarea")).sendKeys("La mission est deja pourvue, merci de votre interet.");
            ambassador.submit(request.findElement(By.cssSelector("[id$=':decline']")));
            assertTrue(ambassador.mainText().contains("Vous avez décliné"), ambassador.mainText());
            assertTrue(Mailbox.mailContaining(MAIL, student, "deja pourvue").contains("La mission est deja pourvue"));
            browser.open("/account");
            assertTrue(browser.driver.findElement(By.id("applications")).getText().contains("non retenue"));

            WebElement close = offerCard(ambassador, title).findElement(By.cssSelector("[id$=':close']"));
            close.click();
            ambassador.driver.switchTo().alert().accept();
            new WebDriverWait(ambassador.driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(close));
            browser.close();
            browser = Browser.desktop();
            browser.signIn(latecomer, Voters.PASSWORD);
            browser.open(offerUrl);
            assertTrue(browser.driver.findElements(By.id("apply:submit")).isEmpty(), "a closed offer takes no request");
            assertTrue(browser.driver.findElement(By.id("offer-closed")).isDisplayed());
        } finally {
            ambassador.close();
        }
    }

    /** Fills every field of the offer form right (the commune: Arras) and publishes. */
    private static void publish(Browser ambassador, String title, String kind, String topic, String description) {
        LocalDate today = LocalDate.now();
        ambassador.type("offer:title", title);
        ambassador.driver.findElement(By.cssSelector("input[name='offer:kind'][value='" + kind + "']")).click();
        new Select(ambassador.driver.findElement(By.id("offer:topic"))).selectByVisibleText(topic);
        chooseArras(ambassador);
        ambassador.setDate("offer:startsOn", today.plusDays(10).toString());
        ambassador.setDate("offer:endsOn", today.plusDays(70).toString());
        ambassador.type("offer:description", description);
        ambassador.submit(By.id("offer:save"));
        assertTrue(ambassador.mainText().contains("Offre publiée."), ambassador.mainText());
    }

    /** 62000 serves Arras and Dainville; the postal code's change event may re-render the list after a choice: retried. */
    private static void chooseArras(Browser browser) {
        browser.type("offer:postalCode", "62000");
        browser.driver.findElement(By.id("offer:findCommunes")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class).until(d -> {
                    browser.waitForAjax();
                    new Select(d.findElement(By.id("offer:commune"))).selectByValue("62041");
                    browser.waitForAjax();
                    return "62041".equals(new Select(d.findElement(By.id("offer:commune"))).getFirstSelectedOption().getAttribute("value"));
                });
    }

    private static WebElement offerCard(Browser browser, String title) {
        return browser.driver.findElement(By.xpath("//ul[@id='my-offers']/li[contains(., '" + title + "')]"));
    }

    private static WebElement application(Browser browser, String message) {
        return browser.driver.findElement(By.xpath("//form[@id='applications']//article[contains(., '" + message + "')]"));
    }
}
