package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Partners and the comptoir des fondations et de la finance solidaire: a funder's account publishes slots,
 * a carrier books one (both are mailed), sees it and cancels it, which frees it for others.
 */
class PartnerBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String PARTNER = "partenaire@demo.budgetcitoyen.fr";

    @Test
    void aFunderPublishesASlotACarrierBooksItThenCancelsIt() {
        String place = "Café des Possibles, Lens " + System.nanoTime();
        Browser funder = Browser.desktop();
        try {
            funder.signIn(PARTNER, PortalSession.DEMO_PASSWORD);
            funder.open("/my-partner");
            funder.setDate("slot:day", LocalDate.now().minusDays(1).toString());
            funder.type("slot:time", "14:30");
            funder.type("slot:place", place);
            funder.submit(By.id("slot:submit"));
            assertEquals("Un créneau se propose dans le futur.", funder.driver.findElement(By.id("slot:day-message")).getText());
            funder.setDate("slot:day", LocalDate.now().plusDays(20).toString());
            funder.type("slot:duration", "600");
            funder.submit(By.id("slot:submit"));
            assertEquals("Indiquez une durée de 15 à 180 minutes.", funder.driver.findElement(By.id("slot:duration-message")).getText());
            funder.type("slot:duration", "60");
            funder.submit(By.id("slot:submit"));
            assertTrue(funder.mainText().contains("Créneau publié"), funder.mainText());
            funder.assertAccessible();
        } finally {
            funder.close();
        }

        String carrier = Voters.register(MAIL, LocalDate.of(1979, 9, 9));
        browser = Browser.desktop();
        browser.open("/partners");
        browser.assertAccessible();
        assertTrue(browser.mainText().contains("Connectez-vous pour réserver un créneau"));
        browser.signIn(carrier, Voters.PASSWORD);
        browser.open("/partners");
        WebElement slot = browser.driver.findElement(By.xpath("//article[contains(., '" + place + "')]"));
        browser.submit(slot.findElement(By.cssSelector("[id$=':book']")));
        assertTrue(browser.mainText().contains("Dites en quelques mots de quoi vous souhaitez parler."), browser.mainText());
        slot = browser.driver.findElement(By.xpath("//article[contains(., '" + place + "')]"));
        slot.findElement(By.tagName("textarea")).sendKeys("Un prêt d'honneur pour lancer l'atelier vélo.");
        browser.submit(slot.findElement(By.cssSelector("[id$=':book']")));
        assertTrue(browser.mainText().contains("Rendez-vous réservé"), browser.mainText());
        assertTrue(browser.driver.findElement(By.id("appointments-list")).getText().contains(place));
        assertTrue(browser.driver.findElements(By.xpath("//article[contains(., '" + place + "')]")).isEmpty(), "no longer offered");
        browser.assertAccessible();
        browser.screenshot("130-partners-booked");
        assertTrue(Mailbox.lastMailTo(MAIL, carrier).contains("Pas-de-Calais Actif"));
        assertTrue(Mailbox.lastMailTo(MAIL, PARTNER).contains("a r=C3=A9serv=C3=A9") || Mailbox.lastMailTo(MAIL, PARTNER).contains("a réservé"));

        Browser funderAgain = Browser.desktop();
        try {
            funderAgain.signIn(PARTNER, PortalSession.DEMO_PASSWORD);
            funderAgain.open("/my-partner");
            assertTrue(funderAgain.mainText().contains(carrier) && funderAgain.mainText().contains("atelier vélo"), "the funder sees who booked");
        } finally {
            funderAgain.close();
        }

        browser.driver.findElement(By.xpath("//li[contains(., '" + place + "')]//input[@type='submit']")).click();
        browser.driver.switchTo().alert().accept();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> browser.mainText().contains("Rendez-vous annulé."));
        assertTrue(browser.mainText().contains(place), "offered again");
    }
}
