package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ambassadors: a public directory; an ambassador edits the profile their account manages, nothing
 * is published until an agent has read the changes side by side and approved them.
 */
class AmbassadorBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static String text(Browser browser) {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private static void type(Browser browser, String id, String value) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    @Test
    void theDirectoryIsSearchedByTerritoryAndText() {
        browser = Browser.desktop();
        browser.open("/ambassadors");
        browser.screenshot("95-ambassadors");
        assertEquals(10, browser.driver.findElements(By.cssSelector("#ambassadors .card")).size());
        browser.driver.findElement(By.cssSelector("a.territory-map__tile[href*='territory=arrageois']")).click();
        browser.assertAccessible();
        List<WebElement> cards = browser.driver.findElements(By.cssSelector("#ambassadors .card"));
        assertTrue(cards.size() >= 1 && cards.stream().allMatch(c -> c.getText().contains("Arrageois")), text(browser));
        browser.open("/ambassadors?q=menuiserie&form=ESUS");
        assertEquals(1, browser.driver.findElements(By.cssSelector("#ambassadors .card")).size());
        assertEquals(200, Http.portal("/ambassadors?theme=NOPE&form=%27&year=abcd&page=-1").status());
        assertEquals(404, Http.portal("/ambassador?id=999999").status());
    }

    @Test
    void aProfileChangeIsPublishedOnlyOnceAnAgentApprovedIt() {
        String description = "Collecte, réparation et revente solidaire ; un atelier vélo ouvert le samedi " + System.nanoTime();
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AMBASSADOR"), PortalSession.DEMO_PASSWORD);
        browser.open("/my-ambassador");
        type(browser, "profile:website", "javascript:alert(1)");
        type(browser, "profile:contactEmail", "pas-une-adresse");
        browser.submit(By.id("profile:submit"));
        browser.assertAccessible();
        assertEquals("Indiquez une adresse qui commence par https:// (ou http://).",
                browser.driver.findElement(By.id("profile:website-message")).getText());
        assertEquals("Cette adresse e-mail n'est pas valide.", browser.driver.findElement(By.id("profile:contactEmail-message")).getText());
        type(browser, "profile:description", description);
        type(browser, "profile:website", "https://ressourcerie.example");
        type(browser, "profile:contactEmail", "contact@ressourcerie.example");
        browser.driver.findElement(By.id("profile:contactPublic")).click();
        browser.submit(By.id("profile:submit"));
        assertTrue(text(browser).contains("en attente de relecture"), text(browser));
        browser.screenshot("96-my-ambassador");

        String publicPage = Http.portal("/ambassador?id=1").body();
        assertFalse(publicPage.contains(description), "not published before the review");

        Browser agent = Browser.desktop();
        try {
            agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
            agent.open("/admin/ambassadors");
            WebElement change = agent.driver.findElement(By.xpath("//article[h2[normalize-space()='La Ressourcerie du Ternois']]"));
            assertTrue(change.getText().contains(description) && change.getText().contains("https://ressourcerie.example"));
            agent.screenshot("97-ambassador-review");
            agent.submit(change.findElement(By.cssSelector("[id$=':reject']")));
            assertTrue(text(agent).contains("Indiquez la raison du refus"), text(agent));
            agent.submit(agent.driver.findElement(By.xpath("//article[h2[normalize-space()='La Ressourcerie du Ternois']]"))
                    .findElement(By.cssSelector("[id$=':approve']")));
            assertTrue(text(agent).contains("Modifications publiées"), text(agent));
        } finally {
            agent.close();
        }
        browser.open("/ambassador?id=1");
        assertTrue(browser.driver.findElement(By.id("description")).getText().contains(description));
        assertEquals("contact@ressourcerie.example", browser.driver.findElement(By.id("contact")).getText());
        browser.open("/my-ambassador");
        assertTrue(text(browser).contains("sont publiées"), text(browser));
    }

    @Test
    void anAmbassadorWithoutAProfileEditsNothing() {
        String someone = Voters.register(MAIL, LocalDate.of(1980, 3, 3));
        Browser agent = Browser.desktop();
        try {
            agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
            agent.open("/admin/users");
            BackOffice.grantOnFirstRow(agent, someone, "Ambassadeur ESS");
        } finally {
            agent.close();
        }
        browser = Browser.desktop();
        browser.signIn(someone, Voters.PASSWORD);
        browser.open("/my-ambassador");
        assertTrue(text(browser).contains("Votre compte ne gère aucune fiche"), text(browser));
        assertTrue(browser.driver.findElements(By.id("profile:submit")).isEmpty());
    }
}
