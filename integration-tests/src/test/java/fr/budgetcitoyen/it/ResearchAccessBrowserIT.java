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
 * Research data in Chromium: an agent grants a researcher access (after the form refused bad input field by field,
 * writing nothing), the researcher downloads, the agent revokes; the open-data page lists the public files.
 */
class ResearchAccessBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void anAgentGrantsAccessTheResearcherDownloadsThenTheAgentRevokes() {
        String researcher = Voters.register(MAIL, LocalDate.of(1988, 4, 12));
        Browser agent = Browser.desktop();
        try {
            agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
            agent.open("/admin/research");
            agent.screenshot("190-research-grants");

            agent.type("grant:email", "inconnu-" + System.nanoTime() + "@demo.budgetcitoyen.fr");
            agent.setDate("grant:expiresOn", LocalDate.now().minusDays(1).toString());
            agent.submit(By.id("grant:submit"));
            assertEquals("Aucun compte n’a cette adresse : le chercheur doit d’abord créer son compte.", agent.fieldMessage("grant:email"));
            assertEquals("Indiquez l’objet de la recherche.", agent.fieldMessage("grant:purpose"));
            assertEquals("La date de fin ne peut pas être passée.", agent.fieldMessage("grant:expiresOn"));
            assertFalse(agent.mainText().contains("inconnu-"), "nothing written");
            agent.assertAccessible();
            agent.screenshot("191-research-grant-refused");

            agent.type("grant:email", researcher);
            agent.type("grant:purpose", "Thèse : la participation des jeunes au Budget citoyen (Université d'Artois).");
            agent.setDate("grant:expiresOn", LocalDate.now().plusMonths(6).toString());
            agent.submit(By.id("grant:submit"));
            assertTrue(agent.mainText().contains("Accès accordé à " + researcher), agent.mainText());
            assertTrue(rowOf(agent, researcher).getText().contains("Ouvert"));
            agent.assertAccessible();
            agent.screenshot("192-research-granted");

            browser = Browser.desktop();
            browser.signIn(researcher, Voters.PASSWORD);
            browser.open("/research");
            assertTrue(browser.mainText().contains("Votre accès est ouvert jusqu’au"), browser.mainText());
            assertTrue(browser.mainText().contains("project_id") && browser.mainText().contains("age_band"), "documented field by field");
            assertEquals("200 text/csv", download(browser, "download-PROJECTS"));
            assertEquals("200 text/csv", download(browser, "download-TURNOUT"));
            browser.screenshot("193-research-datasets");

            agent.open("/admin/research");
            WebElement revoke = rowOf(agent, researcher).findElement(By.cssSelector("input[id$=':revoke']"));
            revoke.click();
            agent.driver.switchTo().alert().accept(); // confirm.js asks first
            new WebDriverWait(agent.driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(revoke));
            assertTrue(agent.mainText().contains("Accès de " + researcher + " retiré"), agent.mainText());
            assertTrue(rowOf(agent, researcher).getText().contains("Retiré"));
            agent.assertAccessible();
        } finally {
            agent.close();
        }
        browser.open("/research");
        assertTrue(browser.driver.findElement(By.id("research-refused")).getText().contains("retiré"), browser.mainText());
        assertTrue(browser.driver.findElements(By.id("download-PROJECTS")).isEmpty());
        assertEquals("403 application/json", download(browser, null));
    }

    @Test
    void theOpenDataPageListsThePublicFilesWithTheirLicence() {
        browser = Browser.desktop();
        browser.open("/open-data");
        String text = browser.mainText();
        assertTrue(text.contains("Licence Ouverte / Open Licence version 2.0 (Etalab)"), text);
        WebElement edition2018 = browser.driver.findElement(By.id("edition-2018"));
        for (String file : new String[]{"/api/campaigns/2018/results.csv", "/api/campaigns/2018/results.xlsx",
                "/api/campaigns/2018/results.pdf", "/api/campaigns/2018/impact.csv", "/api/campaigns/2018/ballots.pb?category="}) {
            assertTrue(edition2018.findElements(By.cssSelector("a[href*='" + file + "']")).size() > 0, file);
        }
        assertTrue(browser.driver.findElement(By.id("platform")).getText().contains("Réseau des SCIC 62"));
        assertTrue(browser.driver.findElement(By.id("schema-results")).isDisplayed());
        browser.screenshot("194-open-data");
    }

    /** The agents' table row naming {@code email}. */
    private static WebElement rowOf(Browser agent, String email) {
        return agent.driver.findElement(By.xpath("//table[@id='grants-table']//tr[th[normalize-space()='" + email + "']]"));
    }

    /** Fetches the link's file (or the projects' CSV when null) in the page: its status and media type. */
    private static String download(Browser browser, String linkId) {
        String href = linkId == null ? "/api/research/projects.csv" : browser.driver.findElement(By.id(linkId)).getAttribute("href");
        Object answer = browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(function (r) { done(r.status + ' ' + r.headers.get('Content-Type').split(';')[0]); });", href);
        return String.valueOf(answer);
    }
}
