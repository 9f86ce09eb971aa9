package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the ambassadors share beyond their profile: a carrier asks one for help and gets the answer by
 * mail; ambassadors write experience sheets shown on ideas and comptoirs of the same theme or topic;
 * the Mission ESS sees unanswered requests and announces La Gang's meetings.
 */
class AmbassadorNetworkBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void aCarrierAsksAnAmbassadorForHelpAndGetsTheAnswerByMail() {
        String carrier = Voters.register(MAIL, LocalDate.of(1988, 6, 6));
        String question = "Comment trouver un local pour notre atelier vélo ? " + System.nanoTime();
        browser = Browser.desktop();
        browser.open("/ambassador?id=1");
        assertTrue(browser.mainText().contains("Connectez-vous pour demander l'aide de cet ambassadeur"), browser.mainText());
        assertTrue(browser.mainText().contains("Ambassadeur ESS depuis 20"), "the ambassador page says since when: " + browser.mainText());
        browser.signIn(carrier, Voters.PASSWORD);
        browser.open("/ambassador?id=1");
        browser.submit(By.id("mentoring:submit"));
        assertEquals("Écrivez votre demande.", browser.fieldMessage("mentoring:message"));
        browser.type("mentoring:message", question);
        browser.submit(By.id("mentoring:submit"));
        assertTrue(browser.mainText().contains("Demande envoyée."), browser.mainText());
        assertTrue(browser.driver.findElements(By.id("mentoring:submit")).isEmpty(), "one open request is enough");
        browser.assertAccessible();
        browser.screenshot("120-mentoring-asked");
        assertTrue(Mailbox.lastMailTo(MAIL, PortalSession.demoEmail("AMBASSADOR")).contains("Comment trouver un local"));

        Browser agent = Browser.desktop();
        try {
            agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
            agent.open("/admin/ambassadors");
            assertTrue(agent.driver.findElement(By.id("open-requests")).getText().contains(question), "agents see it waiting");
        } finally {
            agent.close();
        }

        Browser ambassador = Browser.desktop();
        try {
            ambassador.signIn(PortalSession.demoEmail("AMBASSADOR"), PortalSession.DEMO_PASSWORD);
            ambassador.open("/my-ambassador");
            WebElement request = ambassador.driver.findElement(By.xpath("//article[contains(., '" + question + "')]"));
            assertTrue(request.getText().contains("en attente de votre réponse"), request.getText());
            ambassador.submit(request.findElement(By.cssSelector("[id$=':decline']")));
            assertTrue(ambassador.mainText().contains("Dites au porteur pourquoi, en quelques mots."), ambassador.mainText());
            request = ambassador.driver.findElement(By.xpath("//article[contains(., '" + question + "')]"));
            request.findElement(By.tagName("textarea")).sendKeys("Avec plaisir : passez à la ressourcerie jeudi.");
            ambassador.submit(request.findElement(By.cssSelector("[id$=':accept']")));
            assertTrue(ambassador.mainText().contains("Vous avez accepté"), ambassador.mainText());
            ambassador.assertAccessible();
            ambassador.screenshot("121-mentoring-answered");
        } finally {
            ambassador.close();
        }
        String mail = Mailbox.lastMailTo(MAIL, carrier);
        assertTrue(mail.contains("passez =C3=A0 la ressourcerie") || mail.contains("passez à la ressourcerie"), mail);
        browser.open("/ambassador?id=1");
        assertTrue(browser.driver.findElement(By.id("mentoring-status")).getText().contains("accepté"));
    }

    @Test
    void experienceSheetsAppearOnIdeasAndComptoirsOfTheirThemeOrTopic() {
        String title = "Tenir un stand au marché " + System.nanoTime();
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AMBASSADOR"), PortalSession.DEMO_PASSWORD);
        browser.open("/my-ambassador");
        browser.type("sheet:title", title);
        browser.submit(By.id("sheet:submit"));
        assertEquals("Choisissez le thème de la fiche.", browser.fieldMessage("sheet:theme"));
        assertEquals("Racontez votre expérience.", browser.fieldMessage("sheet:body"));
        new Select(browser.driver.findElement(By.id("sheet:theme"))).selectByVisibleText("Environnement et transition écologique");
        new Select(browser.driver.findElement(By.id("sheet:workshop"))).selectByVisibleText("Pitcher son projet");
        browser.type("sheet:body", "Un stand, deux bénévoles, un panneau clair : on explique en une phrase.");
        browser.submit(By.id("sheet:submit"));
        assertTrue(browser.mainText().contains("Fiche publiée."), browser.mainText());
        browser.assertAccessible();

        browser.open("/idea?id=1"); // the demo's repair café, filed under the environment
        assertTrue(browser.driver.findElement(By.id("sheets")).getText().contains(title), browser.mainText());
        browser.assertAccessible();
        browser.screenshot("122-idea-sheets");
        browser.open("/comptoir?id=2"); // the demo's pitch workshop
        assertTrue(browser.driver.findElement(By.id("sheets")).getText().contains(title));
        assertTrue(browser.driver.findElement(By.id("sheets")).getText().contains("Pitcher en trois minutes"), "the demo's sheet too");
    }

    @Test
    void agentsAnnounceLaGangsMeetings() {
        String title = "Apéro des porteurs " + System.nanoTime();
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/ambassadors");
        browser.type("gang:title", title);
        browser.submit(By.id("gang:submit"));
        assertEquals("Indiquez la date du rendez-vous.", browser.fieldMessage("gang:heldOn"));
        assertEquals("Indiquez le lieu.", browser.fieldMessage("gang:place"));
        browser.setDate("gang:heldOn", LocalDate.now().plusDays(10).toString());
        browser.type("gang:place", "Maison de l'ESS, Arras");
        browser.submit(By.id("gang:submit"));
        assertTrue(browser.mainText().contains("Rendez-vous planifié"), browser.mainText());
        browser.open("/ambassadors");
        assertTrue(browser.driver.findElement(By.id("gang")).getText().contains(title));
        browser.assertAccessible();
    }
}
