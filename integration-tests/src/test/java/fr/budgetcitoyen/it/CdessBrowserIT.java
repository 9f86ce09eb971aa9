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
        browser.type("member:name", "Président(e)");
        browser.type("member:organisation", organisation);
        new Select(browser.driver.findElement(By.id("member:college"))).selectByVisibleText("Acteurs de l'ESS");
        browser.submit(By.id("member:submit"));
        assertTrue(browser.mainText().contains("Membre nommé."), browser.mainText());

        browser.setDate("meeting:heldOn", LocalDate.now().plusDays(12).toString());
        browser.submit(By.id("meeting:submit"));
        assertEquals("Indiquez l'ordre du jour.", browser.driver.findElement(By.id("meeting:agenda-message")).getText());
        new Select(browser.driver.findElement(By.id("meeting:atelier"))).selectByVisibleText("Nouvelles formes de concertation");
        browser.type("meeting:agenda", agenda);
        browser.submit(By.id("meeting:submit"));
        assertTrue(browser.mainText().contains("Réunion annoncée"), browser.mainText());
        browser.assertAccessible();

        WebElement past = browser.driver.findElements(By.cssSelector("#minutes article")).get(0);
        String minutes = "Compte rendu " + System.nanoTime();
        WebElement field = past.findElement(By.tagName("textarea"));
        field.clear();
        field.sendKeys(minutes);
        browser.submit(past.findElement(By.cssSelector("[id$=':record']")));
        assertTrue(browser.mainText().contains("Compte rendu publié."), browser.mainText());

        browser.open("/cdess");
        browser.assertAccessible();
        browser.screenshot("140-cdess");
        assertTrue(browser.mainText().contains(organisation), "the new member, in their college");
        assertTrue(browser.driver.findElement(By.id("upcoming")).getText().contains(agenda));
        assertTrue(browser.mainText().contains(minutes), "the minutes, published");
    }
}
