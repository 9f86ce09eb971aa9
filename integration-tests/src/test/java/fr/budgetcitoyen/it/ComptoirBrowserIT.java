package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comptoirs à initiatives citoyennes in Chromium: an agent plans a session (bad input first), two
 * residents take its single seat (one waits), a cancellation promotes the second (mailed), tomorrow's
 * reminder is mailed, the host records attendance and the public page counts it per territory.
 */
class ComptoirBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    /** Date and time inputs take typed text in the browser's locale: set their value as the form posts it. */
    private static void setValue(Browser browser, String id, String value) {
        browser.driver.executeScript("arguments[0].value = arguments[1]", browser.driver.findElement(By.id(id)), value);
    }

    private static void planSession(Browser agent, String venue) {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1);
        setValue(agent, "plan:day", tomorrow.toString());
        setValue(agent, "plan:startTime", "14:00");
        setValue(agent, "plan:endTime", "16:30");
        new Select(agent.driver.findElement(By.id("plan:workshop"))).selectByValue("FUNDING");
        agent.driver.findElement(By.id("plan:venue")).sendKeys(venue);
        agent.driver.findElement(By.id("plan:address")).sendKeys("2 rue Gambetta");
        agent.driver.findElement(By.id("plan:postalCode")).sendKeys("62300");
        agent.driver.findElement(By.id("plan:findCommunes")).click();
        agent.waitForAjax();
        new WebDriverWait(agent.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan:commune"), "Lens"));
        new Select(agent.driver.findElement(By.id("plan:commune"))).selectByVisibleText("Lens");
        agent.driver.findElement(By.id("plan:hostStructure")).sendKeys("Collectif Lens Solidaire");
        agent.driver.findElement(By.id("plan:facilitator")).sendKeys("Pas-de-Calais Actif");
        WebElement capacity = agent.driver.findElement(By.id("plan:capacity"));
        capacity.clear();
        capacity.sendKeys("1");
        agent.driver.findElement(By.id("plan:host")).sendKeys(PortalSession.demoEmail("COMPTOIR_HOST"));
        agent.submit(By.id("plan:submit"));
    }

    private static void openSession(Browser browser, String venue) {
        browser.open("/comptoirs?territory=lens-lievin");
        browser.driver.findElement(By.partialLinkText(venue)).click();
        browser.assertAccessible();
    }

    @Test
    void aSeatIsTakenWaitedForFreedAndTheHostRecordsWhoCame() {
        String venue = "Maison du projet " + System.nanoTime();
        String second = Voters.register(MAIL, LocalDate.of(1990, 6, 1));
        Browser agent = Browser.desktop();
        Browser resident = Browser.desktop();
        try {
            agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
            agent.open("/host");
            agent.submit(By.id("plan:submit"));
            agent.assertAccessible();
            agent.screenshot("70-comptoir-plan-errors");
            assertEquals("Indiquez le jour et l'heure de début.", agent.driver.findElement(By.id("plan:day-message")).getText());
            assertEquals("Indiquez le lieu.", agent.driver.findElement(By.id("plan:venue-message")).getText());
            assertEquals("Indiquez un nombre de places entre 1 et 200.", agent.driver.findElement(By.id("plan:capacity-message")).getText());
            agent.driver.findElement(By.id("plan:capacity")).sendKeys("dix");
            agent.submit(By.id("plan:submit"));
            assertEquals("Indiquez un nombre de places entre 1 et 200.", agent.driver.findElement(By.id("plan:capacity-message")).getText());
            assertEquals("dix", agent.driver.findElement(By.id("plan:capacity")).getAttribute("value"), "typed text is kept");
            planSession(agent, venue);
            assertTrue(agent.mainText().replace('\u00a0', ' ').contains("La séance « " + venue + " » est programmée."), agent.mainText());
            assertTrue(agent.mainText().contains(venue));

            resident.signIn(PortalSession.demoEmail("RESIDENT"), PortalSession.DEMO_PASSWORD);
            openSession(resident, venue);
            new Select(resident.driver.findElement(By.id("register:idea"))).selectByIndex(1);
            resident.submit(By.id("register:submit"));
            assertTrue(resident.mainText().contains("Vous êtes inscrit(e) à cette séance"), resident.mainText());
            assertTrue(resident.mainText().contains("Aucune place libre sur 1"), resident.mainText());
            resident.screenshot("71-comptoir-registered");

            browser = Browser.desktop();
            browser.signIn(second, Voters.PASSWORD);
            openSession(browser, venue);
            assertEquals("M'inscrire en liste d'attente", browser.driver.findElement(By.id("register:submit")).getAttribute("value"));
            browser.submit(By.id("register:submit"));
            assertTrue(browser.mainText().contains("en liste d'attente, en position 1"), browser.mainText());
            browser.screenshot("72-comptoir-waiting");

            resident.driver.findElement(By.id("cancel:cancel")).click();
            resident.driver.switchTo().alert().accept();
            new WebDriverWait(resident.driver, Duration.ofSeconds(10)).until(d -> resident.mainText().contains("Votre place est libérée"));
            String promoted = unfolded(Mailbox.lastMailTo(MAIL, second));
            assertTrue(promoted.contains("vous passez de la liste") && promoted.contains("2 rue Gambetta"), promoted);
            browser.driver.navigate().refresh();
            assertTrue(browser.mainText().contains("Vous êtes inscrit(e) à cette séance"), browser.mainText());

            agent.open("/host");
            agent.submit(By.id("reminders:send"));
            assertTrue(agent.driver.findElement(By.id("messages")).getText().contains("rappel"), agent.mainText());
            assertTrue(unfolded(Mailbox.lastMailTo(MAIL, second)).contains("Nous vous rappelons le comptoir"), "reminder mailed");
            agent.screenshot("73-comptoir-host-list");
        } finally {
            agent.close();
            resident.close();
        }
    }

    @Test
    void theHostTicksWhoCameAndTheFiguresCountThem() {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("COMPTOIR_HOST"), PortalSession.DEMO_PASSWORD);
        browser.open("/host");
        browser.driver.findElement(By.xpath("//tr[td[contains(., \"La Ressourcerie d'Arras\")]]//a")).click();
        browser.assertAccessible();
        List<WebElement> boxes = browser.driver.findElements(By.cssSelector("#attendance\\:present input[type=checkbox]"));
        assertEquals(1, boxes.size(), "the demo resident registered to the demo session held three days ago");
        assertTrue(boxes.get(0).isSelected(), "attendance recorded by the demo is shown");
        boxes.get(0).click();
        browser.submit(By.id("attendance:save"));
        assertTrue(browser.mainText().contains("Présence enregistrée : personne"), browser.mainText());
        assertEquals("0", participantsOf("Arrageois"));
        browser.open("/host");
        browser.driver.findElement(By.xpath("//tr[td[contains(., \"La Ressourcerie d'Arras\")]]//a")).click();
        browser.driver.findElement(By.cssSelector("#attendance\\:present input[type=checkbox]")).click();
        browser.submit(By.id("attendance:save"));
        assertTrue(browser.mainText().contains("Présence enregistrée : 1 personne"), browser.mainText());
        browser.screenshot("74-comptoir-attendance");
        assertEquals("1", participantsOf("Arrageois"));

        browser.open("/comptoirs");
        assertEquals(8, browser.driver.findElements(By.cssSelector(".territory-map__tile")).size());
        browser.screenshot("75-comptoirs");
        browser.driver.findElement(By.cssSelector("a.territory-map__tile[href*='territory=boulonnais']")).click();
        browser.assertAccessible();
        assertTrue(browser.mainText().contains("Café associatif Le Phare") && !browser.mainText().contains("Fabrique solidaire"), browser.mainText());
    }

    @Test
    void unknownSessionsAre404AndNonsenseFiltersAreIgnored() {
        assertEquals(404, Http.portal("/comptoir?id=abc").status());
        assertEquals(404, Http.portal("/comptoir?id=999999").status());
        assertEquals(200, Http.portal("/comptoirs?territory=%27%22&workshop=NOPE").status());
    }

    /** A quoted-printable body with its soft line breaks removed. */
    private static String unfolded(String body) {
        return body.replace("=\r\n", "").replace("=\n", "");
    }

    /** The participants column of a territory's line in the public figures. */
    private String participantsOf(String territory) {
        browser.open("/comptoirs");
        return browser.driver.findElement(By.xpath("//table[@id='figures']//tr[th[normalize-space()='" + territory + "']]/td[3]")).getText();
    }
}
