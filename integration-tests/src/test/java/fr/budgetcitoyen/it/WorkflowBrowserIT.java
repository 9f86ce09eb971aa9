package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The campaign's main path in Chromium, on the demo's next edition whose steps are open today: a carrier
 * deposits an idea, registers to a comptoir with it, submits a file, two committee members score it (radar drawn), a third member declares a conflict and
 * cannot score, the agent labels it (the motivation is mailed), the commission validates it, and the
 * project's public page shows the committee's radar.
 */
class WorkflowBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    /** After a form post: waits for the new page to say so. */
    private static void waitForText(Browser browser, String expected) {
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> browser.mainText().contains(expected));
        } catch (TimeoutException e) {
            browser.screenshot("69-workflow-unexpected");
            throw new AssertionError("expected \"" + expected + "\" at " + browser.driver.getCurrentUrl() + " in:\n"
                    + browser.driver.getPageSource(), e);
        }
    }

    private static void score(Browser member, String fileUrl, int... scores) {
        member.driver.get(fileUrl);
        for (String check : List.of("structure", "territory", "competence", "category")) {
            member.driver.findElement(By.id("assessment:" + check)).click();
        }
        for (int i = 0; i < scores.length; i++) {
            new Select(member.driver.findElement(By.id("assessment:markers:" + i + ":score"))).selectByValue(String.valueOf(scores[i]));
        }
        member.submit(By.id("assessment:submit"));
        waitForText(member, "Votre évaluation est enregistrée");
        member.screenshot("62-workflow-scored");
    }

    @Test
    void aFileGoesFromItsCarrierThroughTheCommitteeToTheBallot() throws IOException {
        String title = "Recyclerie solidaire " + System.nanoTime();
        String secondMember = Voters.register(MAIL, LocalDate.of(1975, 4, 2));

        Browser agent = Browser.desktop();
        Browser member = Browser.desktop();
        Browser other = Browser.desktop();
        try {
            agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
            appoint(agent, secondMember);

            browser = Browser.desktop();
            browser.signIn(PortalSession.demoEmail("CARRIER"), PortalSession.DEMO_PASSWORD);
            IdeaFlowBrowserIT.depositIdea(browser, "Idée de " + title);
            waitForText(browser, "Votre idée est déposée");
            registerToAComptoir(browser);
            String carrierFileUrl = ProjectFileBrowserIT.fillCompleteFile(browser, title);
            browser.submit(By.id("file:save"));
            waitForText(browser, "Brouillon enregistré à");
            browser.driver.findElement(By.id("upload:file")).sendKeys(photo().toString());
            browser.submit(By.id("upload:submit"));
            waitForText(browser, "Pièce jointe ajoutée");
            String projectId = carrierFileUrl.substring(carrierFileUrl.indexOf("id=") + 3);
            assertEquals(404, Http.portal("/photos/" + projectId).status(), "no public photo before the ballot");
            browser.submit(By.id("file:submit"));
            waitForText(browser, "Votre dossier est déposé");
            browser.screenshot("60-workflow-file-submitted");

            member.signIn(PortalSession.demoEmail("COMMITTEE_MEMBER"), PortalSession.DEMO_PASSWORD);
            member.open("/committee");
            member.screenshot("61-workflow-committee");
            member.driver.findElement(By.linkText(title)).click();
            String fileUrl = member.driver.getCurrentUrl();
            member.assertAccessible();
            score(member, fileUrl, 4, 3, 3, 2, 4);

            other.signIn(secondMember, Voters.PASSWORD);
            other.driver.get(fileUrl);
            score(other, fileUrl, 2, 3, 1, 2, 3);
            other.open(fileUrl.replace(Http.PORTAL, ""));
            other.screenshot("63-workflow-radar");
            List<WebElement> radars = other.driver.findElements(By.cssSelector("figure.radar svg polygon.radar__value"));
            assertEquals(3, radars.size(), "the average and one radar per member");
            assertEquals("3 / 4", other.driver.findElement(By.cssSelector("[id$='average'] td[data-marker='SOCIETAL_INNOVATION']")).getText());
            assertTrue(other.driver.findElements(By.id("assessment:submit")).isEmpty(), "a member scores once");

            agent.driver.get(fileUrl);
            agent.submit(By.id("decision:submit"));
            waitForText(agent, "Choisissez la décision");
            new Select(agent.driver.findElement(By.id("decision:outcome"))).selectByValue("LABELLED");
            agent.driver.findElement(By.id("decision:motivation")).sendKeys("Un projet coopératif solidement ancré dans son territoire.");
            agent.submit(By.id("decision:submit"));
            waitForText(agent, "Décision enregistrée");
            browser.open("/structures?q=Bricoleurs");
            assertTrue(browser.mainText().contains(title), "a labelled file joins the inventory of structures at once");
            String mail = Mailbox.lastMailTo(MAIL, PortalSession.demoEmail("CARRIER"));
            assertTrue(mail.contains("solidement ancr"), mail);

            agent.driver.findElement(By.id("commission:reference")).sendKeys("CP du 12/07/2027, délibération n° 2027-123");
            agent.submit(By.id("commission:submit"));
            waitForText(agent, "Soumis au vote");
            agent.screenshot("64-workflow-validated");

            String year = String.valueOf(LocalDate.now().getYear() + 1);
            browser.open("/edition?year=" + year);
            browser.driver.findElement(By.linkText(title)).click();
            browser.assertAccessible();
            browser.screenshot("65-workflow-public-project");
            assertTrue(browser.mainText().contains("L'avis du comité de labellisation"), browser.mainText());
            assertFalse(browser.driver.findElements(By.cssSelector("figure.radar svg")).isEmpty());
            assertFalse(browser.driver.findElements(By.cssSelector("img.project-photo")).isEmpty(), "the carrier's photo");
            Http.Response photo = Http.portal("/photos/" + projectId);
            assertEquals(200, photo.status());
            assertEquals("image/png", photo.contentType());
            browser.open("/projects?year=" + year + "&q=" + title.replace(" ", "+"));
            assertEquals(1, browser.driver.findElements(By.cssSelector("#projects .card")).size(), "in the ballot list");
        } finally {
            agent.close();
            member.close();
            other.close();
        }
    }

    /** A real picture (a green field under a blue sky), so the public page's screenshot shows it. */
    private static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x3d7ab8));
        g.fillRect(0, 0, 640, 200);
        g.setColor(new Color(0x4f9a4a));
        g.fillRect(0, 200, 640, 160);
        g.dispose();
        Path file = Files.createTempFile("recyclerie-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The agent seats a new member on the committee (college of the solidarity financers). */
    private static void appoint(Browser agent, String email) {
        agent.open("/admin/committee");
        agent.submit(By.id("appoint:submit"));
        assertEquals("Choisissez le collège.", agent.driver.findElement(By.id("appoint:college-message")).getText());
        agent.driver.findElement(By.id("appoint:email")).sendKeys(email);
        new Select(agent.driver.findElement(By.id("appoint:college"))).selectByValue("SOLIDARITY_FINANCERS");
        agent.submit(By.id("appoint:submit"));
        waitForText(agent, "siège au comité (Financeurs solidaires)");
        agent.assertAccessible();
        agent.screenshot("58-workflow-committee-composition");
    }

    /** The carrier books a seat at the demo's comptoir of the Audomarois, bringing their idea. */
    private static void registerToAComptoir(Browser carrier) {
        carrier.open("/comptoirs?territory=audomarois");
        carrier.driver.findElement(By.partialLinkText("Tiers-lieu La Station")).click();
        carrier.assertAccessible();
        if (!carrier.driver.findElements(By.id("register:submit")).isEmpty()) { // not on a second local run
            new Select(carrier.driver.findElement(By.id("register:idea"))).selectByIndex(1);
            carrier.submit(By.id("register:submit"));
        }
        waitForText(carrier, "Vous êtes inscrit(e) à cette séance");
        carrier.screenshot("59-workflow-comptoir");
    }

    @Test
    void aMemberWhoDeclaresAConflictCannotScoreTheFile() {
        Browser carrier = Browser.desktop();
        String title = "Conflit " + System.nanoTime();
        String fileUrl;
        try {
            carrier.signIn(PortalSession.demoEmail("CARRIER"), PortalSession.DEMO_PASSWORD);
            ProjectFileBrowserIT.fillCompleteFile(carrier, title);
            carrier.submit(By.id("file:submit"));
            waitForText(carrier, "Votre dossier est déposé");
        } finally {
            carrier.close();
        }
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("COMMITTEE_MEMBER"), PortalSession.DEMO_PASSWORD);
        browser.open("/committee");
        browser.driver.findElement(By.linkText(title)).click();
        fileUrl = browser.driver.getCurrentUrl();
        browser.submit(By.id("conflict:declare"));
        waitForText(browser, "conflit d'intérêts est enregistré");
        browser.driver.get(fileUrl);
        assertTrue(browser.driver.findElements(By.id("assessment:submit")).isEmpty(), "no score after a conflict");
        assertTrue(browser.mainText().contains("conflit d'intérêts déclaré"), browser.mainText());
    }

    @Test
    void aCommitteeMemberWithoutASeatOnThisEditionCannotAssess() {
        String unseated = Voters.register(MAIL, LocalDate.of(1970, 1, 1));
        Browser agent = Browser.desktop();
        try {
            agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
            agent.open("/admin/users");
            BackOffice.grantOnFirstRow(agent, unseated, "Membre du comité");
        } finally {
            agent.close();
        }
        browser = Browser.desktop();
        browser.signIn(unseated, Voters.PASSWORD);
        browser.open("/committee");
        browser.driver.findElement(By.cssSelector("#content a[href*='committee-file']")).click();
        assertTrue(browser.mainText().contains("Vous ne siégez pas au comité de labellisation"), browser.mainText());
        assertTrue(browser.driver.findElements(By.id("assessment:submit")).isEmpty());
        assertTrue(browser.driver.findElements(By.id("conflict:declare")).isEmpty());
    }
}
