package fr.budgetcitoyen.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CDESS: agents keep members, ateliers and meetings; everyone reads them, minutes once held. */
class CdessBrowserIT extends BrowserTest {

    private static String text(Browser browser) {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private static void type(Browser browser, String id, String value) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    @Test
    void agentsKeepTheCouncilAndEveryoneReadsIt() {
        String organisation = "Ressourcerie " + System.nanoTime();
        String agenda = "Bilan des comptoirs " + System.nanoTime();
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/cdess");
        browser.submit(By.id("member:submit"));
        assertEquals("Indiquez le nom.", browser.driver.findElement(By.id("member:name-message")).getText());
        assertEquals("Choisissez le collège.", browser.driver.findElement(By.id("member:college-message")).getText());
        type(browser, "member:name", "Président(e)");
        type(browser, "member:organisation", organisation);
        new Select(browser.driver.findElement(By.id("member:college"))).selectByVisibleText("Acteurs de l'ESS");
        browser.submit(By.id("member:submit"));
        assertTrue(text(browser).contains("Membre nommé."), text(browser));

        browser.setDate("meeting:heldOn", LocalDate.now().plusDays(12).toString());
        browser.submit(By.id("meeting:submit"));
        assertEquals("Indiquez l'ordre du jour.", browser.driver.findElement(By.id("meeting:agenda-message")).getText());
        new Select(browser.driver.findElement(By.id("meeting:atelier"))).selectByVisibleText("Nouvelles formes de concertation");
        type(browser, "meeting:agenda", agenda);
        browser.submit(By.id("meeting:submit"));
        assertTrue(text(browser).contains("Réunion annoncée"), text(browser));
        browser.assertAccessible();

        WebElement past = browser.driver.findElements(By.cssSelector("#minutes article")).get(0);
        String minutes = "Compte rendu " + System.nanoTime();
        WebElement field = past.findElement(By.tagName("textarea"));
        field.clear();
        field.sendKeys(minutes);
        browser.submit(past.findElement(By.cssSelector("[id$=':record']")));
        assertTrue(text(browser).contains("Compte rendu publié."), text(browser));

        browser.open("/cdess");
        browser.assertAccessible();
        browser.screenshot("140-cdess");
        assertTrue(text(browser).contains(organisation), "the new member, in their college");
        assertTrue(browser.driver.findElement(By.id("upcoming")).getText().contains(agenda));
        assertTrue(text(browser).contains(minutes), "the minutes, published");
    }
}
