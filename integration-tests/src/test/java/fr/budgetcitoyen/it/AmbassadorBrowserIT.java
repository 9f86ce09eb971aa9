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

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    @Test
    void theDirectoryIsSearchedByTerritoryAndText() {
        browser = Browser.desktop();
        browser.open("/ambassadors");
        browser.screenshot("95-ambassadors");
        int shown = browser.driver.findElements(By.cssSelector("#ambassadors .card")).size();
        assertTrue(shown >= 10 && shown <= 12, "the 10 demo ambassadors (and imported ones), 12 per page: " + shown);
        browser.driver.findElement(By.cssSelector("a.territory-map__tile[href*='territory=arrageois']")).click();
        browser.assertAccessible();
        List<WebElement> cards = browser.driver.findElements(By.cssSelector("#ambassadors .card"));
        assertTrue(cards.size() >= 1 && cards.stream().allMatch(c -> c.getText().contains("Arrageois")), browser.mainText());
        browser.open("/ambassadors?q=menuiserie&form=ESUS");
        assertEquals(1, browser.driver.findElements(By.cssSelector("#ambassadors .card")).size());
        assertEquals(200, Http.portal("/ambassadors?theme=NOPE&form=%27&year=abcd&page=-1").status());
        assertEquals(200, Http.portal("/ambassadors?page=2").status(), "a second page, no filter");
        assertEquals(404, Http.portal("/ambassador?id=999999").status());
        // a forged id is a page not found, never a server error
        assertEquals(404, Http.portal("/ambassador?id=abc").status());
        assertEquals(404, Http.portal("/ambassador?id=99999999999999999999").status());
        assertEquals(404, Http.portal("/ambassador?id=-1").status());
    }

    @Test
    void aProfileChangeIsPublishedOnlyOnceAnAgentApprovedIt() {
        // Unique values: the suite may run again on the same data, and unchanged fields are not in the diff.
        long run = System.nanoTime();
        String description = "Collecte, réparation et revente solidaire ; un atelier vélo ouvert le samedi " + run;
        String website = "https://ressourcerie.example/" + run;
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AMBASSADOR"), PortalSession.DEMO_PASSWORD);
        browser.open("/my-ambassador");
        browser.type("profile:website", "javascript:alert(1)");
        browser.type("profile:contactEmail", "pas-une-adresse");
        browser.submit(By.id("profile:submit"));
        browser.assertAccessible();
        assertEquals("Indiquez une adresse qui commence par https:// (ou http://).",
                browser.driver.findElement(By.id("profile:website-message")).getText());
        assertEquals("Cette adresse e-mail n'est pas valide.", browser.driver.findElement(By.id("profile:contactEmail-message")).getText());
        browser.type("profile:description", description);
        browser.type("profile:website", website);
        browser.type("profile:contactEmail", "contact@ressourcerie.example");
        WebElement consent = browser.driver.findElement(By.id("profile:contactPublic"));
        if (!consent.isSelected()) {
            consent.click();
        }
        browser.submit(By.id("profile:submit"));
        assertTrue(browser.mainText().contains("en attente de relecture"), browser.mainText());
        browser.screenshot("96-my-ambassador");

        String publicPage = Http.portal("/ambassador?id=1").body();
        assertFalse(publicPage.contains(description), "not published before the review");

        Browser agent = Browser.desktop();
        try {
            agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
            agent.open("/admin/ambassadors");
            WebElement change = agent.driver.findElement(By.xpath("//article[h2[normalize-space()='La Ressourcerie du Ternois']]"));
            assertTrue(change.getText().contains(description) && change.getText().contains(website));
            agent.screenshot("97-ambassador-review");
            agent.submit(change.findElement(By.cssSelector("[id$=':reject']")));
            // Refused without a reason: the message stands beside this row's button (Refusals.besideButton), nothing else
            // carries one, and nothing is written: the change still waits, unpublished.
            WebElement refused = agent.driver.findElement(By.xpath("//article[h2[normalize-space()='La Ressourcerie du Ternois']]"));
            String button = refused.findElement(By.cssSelector("[id$=':reject']")).getAttribute("id");
            String row = button.substring(0, button.lastIndexOf(':') + 1);
            assertEquals("Indiquez la raison du refus : elle est montrée à l'ambassadeur.",
                    refused.findElement(By.id(row + "reason-message")).getText());
            assertEquals(1, agent.driver.findElements(By.cssSelector("[id$=':reason-message']")).stream()
                    .filter(message -> !message.getText().isBlank()).count(), "only the row whose button was pressed");
            assertFalse(agent.mainText().contains("Modifications refusées"), agent.mainText());
            assertTrue(refused.getText().contains(description), "the change still waits for a review");
            assertFalse(Http.portal("/ambassador?id=1").body().contains(description), "still not published");
            agent.submit(refused.findElement(By.cssSelector("[id$=':approve']")));
            assertTrue(agent.mainText().contains("Modifications publiées"), agent.mainText());
        } finally {
            agent.close();
        }
        browser.open("/ambassador?id=1");
        assertTrue(browser.driver.findElement(By.id("description")).getText().contains(description));
        assertEquals("contact@ressourcerie.example", browser.driver.findElement(By.id("contact")).getText());
        browser.open("/my-ambassador");
        assertTrue(browser.mainText().contains("sont publiées"), browser.mainText());
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
        assertTrue(browser.mainText().contains("Votre compte ne gère aucune fiche"), browser.mainText());
        assertTrue(browser.driver.findElements(By.id("profile:submit")).isEmpty());
    }

    @Test
    void theExistingListIsImportedWholeOrNotAtAll() {
        String tag = String.valueOf(System.nanoTime());
        String good = "Atelier couture " + tag + ";2020;62041;ASSOCIATION;INCLUSION;Des cours de couture pour tous.;;";
        String bad = "Garage solidaire " + tag + ";2016;59350;GARAGE;MOBILITY;Réparer sa voiture.;;";
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/ambassadors");
        String header = browser.driver.findElement(By.cssSelector("#content code")).getText();
        browser.driver.findElement(By.id("import:csv")).sendKeys(header + "\n" + good + "\n" + bad);
        browser.submit(By.id("import:preview"));
        browser.assertAccessible();
        browser.screenshot("98-ambassadors-import-errors");
        assertTrue(browser.driver.findElement(By.id("import-summary")).getText().contains("1 ligne correcte, 3 problèmes"),
                browser.driver.findElement(By.id("import-summary")).getText());
        assertTrue(browser.driver.findElements(By.id("import:submit")).isEmpty(), "no import with a wrong line");
        assertTrue(browser.driver.findElement(By.id("import-problems")).getText().contains("code INSEE"));
        assertTrue(browser.driver.findElement(By.id("import-lines")).getText().contains("Arrageois"), "the preview names the territory of Arras (62041)");

        WebElement csv = browser.driver.findElement(By.id("import:csv"));
        csv.clear();
        csv.sendKeys(header + "\n" + good + "\n" + bad.replace("2016;59350;GARAGE", "2021;62193;SCOP"));
        browser.submit(By.id("import:preview"));
        browser.submit(By.id("import:submit"));
        assertTrue(browser.mainText().contains("2 ambassadeurs importés"), browser.mainText());
        browser.open("/ambassadors?q=" + tag);
        assertEquals(2, browser.driver.findElements(By.cssSelector("#ambassadors .card")).size());
    }

    @Test
    void anAgentRecognisesOneInitiativeByADeliberation() {
        String name = "Atelier vélo solidaire " + System.nanoTime();
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/ambassadors");
        browser.type("recognition:year", "2015");
        browser.submit(By.id("recognition:submit"));
        assertEquals("Indiquez le nom de l'initiative.", browser.driver.findElement(By.id("recognition:name-message")).getText());
        assertEquals("L'année de reconnaissance doit être entre 2018 et l'année en cours.",
                browser.driver.findElement(By.id("recognition:year-message")).getText());
        assertEquals("Indiquez la délibération de reconnaissance.", browser.driver.findElement(By.id("recognition:deliberation-message")).getText());
        assertEquals("Choisissez la commune de l'initiative dans le Pas-de-Calais.",
                browser.driver.findElement(By.id("recognition:commune-message")).getText());
        browser.assertAccessible();
        browser.type("recognition:name", name);
        new Select(browser.driver.findElement(By.id("recognition:theme"))).selectByVisibleText("Mobilité");
        browser.type("recognition:description", "Réparer et prêter des vélos aux habitants.");
        browser.type("recognition:postalCode", "62000");
        browser.driver.findElement(By.id("recognition:findCommunes")).click();
        browser.waitForAjax();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("recognition:commune"), "Arras"));
        browser.choose("recognition:commune", "Arras");
        new Select(browser.driver.findElement(By.id("recognition:legalForm"))).selectByVisibleText("Association");
        browser.type("recognition:year", "2026");
        browser.type("recognition:deliberation", "CP 2026-11-23");
        browser.submit(By.id("recognition:submit"));
        assertTrue(browser.mainText().contains("est reconnue Ambassadeur ESS"), browser.mainText());
        browser.open("/ambassadors?q=" + name.replace(" ", "+"));
        assertTrue(browser.driver.findElement(By.id("ambassadors")).getText().contains(name));
    }

    @Test
    void aLogoIsPublishedOnlyOnceAnAgentApprovedIt() throws Exception {
        Path dir = Files.createTempDirectory("logos");
        Path fake = Files.write(dir.resolve("logo.png"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, (int) (System.nanoTime() & 0xffffff)); // a new image each run: the suite may run again

        Path png = dir.resolve("ressourcerie.png");
        ImageIO.write(image, "png", png.toFile());

        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AMBASSADOR"), PortalSession.DEMO_PASSWORD);
        browser.open("/my-ambassador");
        browser.driver.findElement(By.id("logoForm:logo")).sendKeys(fake.toString());
        browser.submit(By.id("logoForm:upload"));
        assertEquals("Seules les images PNG et JPEG sont acceptées (le contenu du fichier a été vérifié).",
                browser.driver.findElement(By.id("logoForm:logo-message")).getText());
        browser.driver.findElement(By.id("logoForm:logo")).sendKeys(png.toString());
        browser.submit(By.id("logoForm:upload"));
        assertTrue(browser.driver.findElement(By.id("logo-status")).getText().contains("attend la relecture"));
        byte[] uploaded = Files.readAllBytes(png);
        boolean earlierLogo = Http.portal("/ambassador-logos/1").status() == 200; // approved by an earlier run
        assertTrue(earlierLogo ? !Arrays.equals(uploaded, Http.bytes("/ambassador-logos/1"))
                : Http.portal("/ambassador-logos/1").status() == 404, "not public before the review");

        Browser agent = Browser.desktop();
        try {
            agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
            agent.open("/admin/ambassadors");
            agent.assertAccessible();
            WebElement review = agent.driver.findElement(By.xpath("//article[h3[normalize-space()='La Ressourcerie du Ternois']]"));
            agent.submit(review.findElement(By.cssSelector("[id$=':approve']")));
            assertTrue(agent.mainText().contains("publié"), agent.mainText());
        } finally {
            agent.close();
        }
        Http.Response logo = Http.portal("/ambassador-logos/1");
        assertEquals(200, logo.status());
        assertEquals("image/png", logo.contentType());
        assertArrayEquals(uploaded, Http.bytes("/ambassador-logos/1"), "public once approved");
        browser.open("/ambassador?id=1");
        assertEquals("Logo de La Ressourcerie du Ternois", browser.driver.findElement(By.id("logo")).getAttribute("alt"));
        browser.assertAccessible();
    }
}
