package fr.budgetcitoyen.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A carrier builds a project file: format checks, the cap following the budget, submission, read-only. */
class ProjectFileBrowserIT extends BrowserTest {

    private WebElement field(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private String text() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    /** French amounts are grouped with narrow no-break spaces: compare without any space. */
    static String digits(String text) {
        return text.replaceAll("[\\s\u00a0\u202f]", "");
    }

    private void type(String id, String value) {
        WebElement input = field(id);
        input.clear();
        input.sendKeys(value);
        field("file:title").click(); // leaving the field fires the change: autosave and cap
    }

    @Test
    void aForgedChoiceGetsAPlainMessageNotTheFrameworkOne() {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("CARRIER"), PortalSession.DEMO_PASSWORD);
        browser.open("/my-files");
        browser.driver.findElement(By.id("start:title")).sendKeys("Dossier forgé");
        browser.driver.executeScript("var select = document.getElementById('start:category');"
                + "var option = document.createElement('option'); option.value = 'PIRATE'; option.text = 'Pirate';"
                + "select.appendChild(option); select.value = 'PIRATE';");
        browser.submit(By.id("start:submit"));
        assertEquals("Choisissez une valeur de la liste.", browser.fieldMessage("start:category"));
    }

    /** Starts a file as the given carrier and fills it completely; returns the file's URL. */
    static String fillCompleteFile(Browser browser, String title) {
        browser.open("/my-files");
        browser.driver.findElement(By.id("start:title")).sendKeys(title);
        new Select(browser.driver.findElement(By.id("start:category"))).selectByVisibleText("Innovation sociale");
        browser.submit(By.id("start:submit"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/my-file?id="));
        String url = browser.driver.getCurrentUrl();
        browser.driver.findElement(By.id("file:summary")).sendKeys("Un atelier de réparation ouvert à tous, deux soirs par semaine.");
        new Select(browser.driver.findElement(By.id("file:theme"))).selectByValue("ENVIRONMENT");
        browser.driver.findElement(By.id("file:structureName")).sendKeys("Les Bricoleurs d'Arras");
        new Select(browser.driver.findElement(By.id("file:legalForm"))).selectByValue("ASSOCIATION");
        browser.driver.findElement(By.id("file:registrationNumber")).sendKeys("W623004512");
        browser.driver.findElement(By.id("file:address")).sendKeys("1 place des Héros");
        browser.driver.findElement(By.id("file:postalCode")).sendKeys("62000");
        browser.driver.findElement(By.id("file:findCommunes")).click(); // leaving the field searched once already
        browser.waitForAjax();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:commune"), "Arras"));
        browser.choose("file:commune", "Arras");
        browser.driver.findElement(By.cssSelector("[id$='expenses:0:label']")).sendKeys("Outillage");
        WebElement amount = browser.driver.findElement(By.cssSelector("[id$='expenses:0:amount']"));
        amount.sendKeys("40 000");
        browser.driver.findElement(By.id("file:title")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> digits(d.findElement(By.id("file:cap")).getText()).contains("auplus4000€"));
        WebElement requested = browser.driver.findElement(By.id("file:requested"));
        requested.clear();
        requested.sendKeys("4000");
        return url;
    }

    @Test
    void aCarrierFillsAFileSeesTheCapAndSubmitsIt() {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("CARRIER"), PortalSession.DEMO_PASSWORD);
        String url = fillCompleteFile(browser, "Repair café " + System.nanoTime());
        browser.assertAccessible();
        browser.screenshot("50-file-filled");
        assertTrue(digits(field("file:cap").getText()).contains("10%ducoûttotal,plafond15000€"), field("file:cap").getText());
        assertTrue(field("file:saved").getText().contains("Brouillon enregistré"), "autosave: " + field("file:saved").getText());

        type("file:registrationNumber", "Test balayage"); // 12 characters once normalised: more than any number
        browser.submit(By.id("file:save"));
        assertTrue(field("file:registrationNumber-message").getText().contains("Numéro invalide"),
                "a draft too long for its column is refused next to the field, not with an error page: " + text());

        type("file:registrationNumber", "732 829 321");
        type("file:requested", "4001");
        browser.submit(By.id("file:submit"));
        browser.screenshot("51-file-errors");
        assertTrue(field("file:registrationNumber-message").getText().contains("Numéro invalide"), text());
        assertTrue(field("file:requested-message").getText().contains("dépasse"), text());

        type("file:registrationNumber", "732 829 320");
        type("file:requested", "4000");
        browser.submit(By.id("file:submit"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/my-files"), text());
        assertTrue(text().contains("Déposé"), text());

        browser.driver.get(url);
        browser.screenshot("52-file-read-only");
        assertTrue(field("read-only").isDisplayed());
        assertTrue(browser.driver.findElements(By.id("file:submit")).isEmpty());

        PortalSession other = new PortalSession();
        other.signIn(PortalSession.demoEmail("RESIDENT"), PortalSession.DEMO_PASSWORD);
        assertEquals(404, other.get(url.replace(Http.PORTAL, "")).status(), "another account cannot open the file");
    }

    @Test
    void aFileSubmittedFromAnotherTabIsNoLongerChangedFromThisOne() {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("CARRIER"), PortalSession.DEMO_PASSWORD);
        String url = fillCompleteFile(browser, "Épicerie solidaire " + System.nanoTime());
        browser.submit(By.id("file:save"));
        ServerLog log = ServerLog.mark();
        String firstTab = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.driver.get(url);
        browser.submit(By.id("file:submit"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/my-files"), text());

        browser.driver.switchTo().window(firstTab);
        type("file:summary", "Changé après le dépôt, depuis l'autre onglet.");
        browser.submit(By.id("file:save"));
        assertTrue(text().contains("lecture seule"), text());
        assertEquals(List.of(), log.errorsSince(), "a late change is refused with a message, not a fault");
        browser.driver.get(url);
        assertTrue(text().contains("Un atelier de réparation"), "the submitted file kept its text: " + text());
    }

    @Test
    void aDraftKeepsWhatWasTypedEvenWhenItIsNotAnAmount() {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("CARRIER"), PortalSession.DEMO_PASSWORD);
        browser.open("/my-files");
        browser.submit(By.id("start:submit"));
        assertTrue(field("start:title-message").getText().contains("titre"), text());
        field("start:title").sendKeys("Brouillon " + System.nanoTime());
        new Select(field("start:category")).selectByVisibleText("Coopération");
        browser.submit(By.id("start:submit"));
        WebElement amount = browser.driver.findElement(By.cssSelector("[id$='expenses:0:amount']"));
        amount.sendKeys("douze");
        browser.submit(By.id("file:save"));
        assertEquals("douze", browser.driver.findElement(By.cssSelector("[id$='expenses:0:amount']")).getAttribute("value"));
        assertTrue(field("file:budget-message").getText().contains("n'est pas un nombre"), text());
    }

    @Test
    void attachmentsArePdfOrImagesAndOnlyTheirReadersGetThem() throws Exception {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("CARRIER"), PortalSession.DEMO_PASSWORD);
        browser.open("/my-files");
        field("start:title").sendKeys("Pièces jointes " + System.nanoTime());
        new Select(field("start:category")).selectByVisibleText("Coopération");
        browser.submit(By.id("start:submit"));
        Path dir = Files.createTempDirectory("attachments");
        Path fake = Files.writeString(dir.resolve("statuts.pdf"), "<html><script>alert(1)</script></html>");
        Path pdf = Files.write(dir.resolve("statuts signés.pdf"), "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        field("upload:file").sendKeys(fake.toString());
        browser.submit(By.id("upload:submit"));
        assertEquals("Seuls les fichiers PDF, PNG et JPEG sont acceptés.", field("upload:file-message").getText());
        field("upload:file").sendKeys(pdf.toString());
        browser.submit(By.id("upload:submit"));
        browser.assertAccessible();
        browser.screenshot("53-file-attachment");
        WebElement link = browser.driver.findElement(By.linkText("statuts signés.pdf"));
        String path = link.getAttribute("href").replace(Http.PORTAL, "");

        PortalSession carrier = new PortalSession();
        carrier.signIn(PortalSession.demoEmail("CARRIER"), PortalSession.DEMO_PASSWORD);
        Http.Response download = carrier.get(path);
        assertEquals(200, download.status());
        assertEquals("application/pdf", download.contentType());
        assertTrue(download.body().startsWith("%PDF-1.4"), download.body());
        PortalSession other = new PortalSession();
        other.signIn(PortalSession.demoEmail("RESIDENT"), PortalSession.DEMO_PASSWORD);
        assertEquals(404, other.get(path).status(), "another resident does not see it");
        PortalSession member = new PortalSession();
        member.signIn(PortalSession.demoEmail("COMMITTEE_MEMBER"), PortalSession.DEMO_PASSWORD);
        assertEquals(200, member.get(path).status(), "the committee reads it");
        assertEquals(302, Http.portal(path).status(), "anonymous visitors are sent to the login page");

        browser.driver.findElement(By.cssSelector("[id^='attachments:'][id$=':remove']")).click();
        browser.driver.switchTo().alert().accept();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> text().contains("Aucune pièce jointe"));
        assertEquals(404, carrier.get(path).status(), "removed");
    }
}
