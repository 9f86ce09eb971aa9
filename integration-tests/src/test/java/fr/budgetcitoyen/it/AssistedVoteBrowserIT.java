package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A comptoir host lends their device: the resident identifies with their own password and votes; the
 * vote is the resident's, and only the turnout's count of assisted votes knows someone helped.
 */
class AssistedVoteBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern ASSISTED = Pattern.compile("id=\"assisted\">(\\d+)<");

    private static long assistedVotes(PortalSession agent) {
        Matcher m = ASSISTED.matcher(agent.get("/admin/turnout").body());
        assertTrue(m.find(), "the turnout page shows the assisted votes");
        return Long.parseLong(m.group(1));
    }

    private String text() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    @Test
    void aHostHelpsAResidentWhoIdentifiesThemselfAndVotes() {
        String resident = Voters.register(MAIL, LocalDate.of(1958, 2, 2));
        PortalSession agent = new PortalSession();
        agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        long before = assistedVotes(agent);

        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("COMPTOIR_HOST"), PortalSession.DEMO_PASSWORD);
        browser.open("/assisted-vote");
        browser.driver.findElement(By.id("identify:email")).sendKeys(resident);
        browser.driver.findElement(By.id("identify:password")).sendKeys("pas le bon");
        browser.submit(By.id("identify:submit"));
        assertTrue(browser.driver.findElement(By.id("identify:email-message")).getText().contains("mot de passe incorrect"));
        browser.driver.findElement(By.id("identify:password")).sendKeys(Voters.PASSWORD);
        browser.submit(By.id("identify:submit"));
        browser.assertAccessible();
        assertTrue(browser.driver.findElement(By.id("resident")).getText().contains("Votant"), text());

        browser.driver.findElement(By.cssSelector("[id$='0:cast']")).click();
        browser.driver.switchTo().alert().accept();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> text().contains("Choisissez"));
        new Select(browser.driver.findElement(By.cssSelector("select[id$='0:choice']"))).selectByIndex(1);
        browser.driver.findElement(By.id("ballot:mailReceipt")).click();
        browser.driver.findElement(By.cssSelector("[id$='0:cast']")).click();
        browser.driver.switchTo().alert().accept();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("receipt-code")).isEmpty());
        String receipt = browser.driver.findElement(By.id("receipt-code")).getText();
        assertTrue(receipt.matches(Voters.TRACKER), receipt);
        assertTrue(browser.driver.findElement(By.id("receipt-mailed")).getText().contains("adresse e-mail de l'habitant"));
        assertTrue(Mailbox.mailContaining(MAIL, resident, receipt).contains("Bonjour Votant"),
                "the receipt goes to the resident, never to the host");
        assertTrue(text().contains("Vous avez déjà voté") || text().contains("déjà voté"), text());
        browser.screenshot("91-assisted-vote");
        browser.submit(By.id("end:submit"));
        assertTrue(text().contains("Accompagnement terminé"), text());
        assertTrue(browser.driver.findElements(By.id("ballot")).isEmpty(), "the resident is no longer identified");

        assertEquals(before + 1, assistedVotes(agent));
        PortalSession own = new PortalSession();
        own.signIn(resident, Voters.PASSWORD);
        assertTrue(own.get("/vote").body().contains("Vous avez déjà voté dans cette catégorie"), "the vote is the resident's");
    }
}
