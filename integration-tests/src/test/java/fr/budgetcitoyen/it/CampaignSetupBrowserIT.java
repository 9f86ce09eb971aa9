package fr.budgetcitoyen.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An agent sets up next year's edition in Chromium: bad input answered field by field, a copy of 2018,
 * an incoherent calendar refused, categories with their support rule and share of the envelope, the
 * eligible legal forms, then the publication.
 */
class CampaignSetupBrowserIT extends BrowserTest {

    private String text() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private WebElement field(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private void type(String id, String value) {
        field(id).clear();
        field(id).sendKeys(value);
    }

    /** Ticks a box as a keyboard user would (the styled list lays its item over the native box). */
    private void click(WebElement box) {
        browser.driver.executeScript("arguments[0].focus()", box);
        box.sendKeys(" ");
    }

    @Test
    void anAgentCopiesAnEditionAdjustsItAndPublishesIt() {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/campaigns");
        type("create:year", "20x7");
        type("create:envelope", "beaucoup");
        browser.submit(By.id("create:submit"));
        browser.assertAccessible();
        browser.screenshot("80-campaigns-errors");
        assertEquals("Indiquez une année entre 2018 et 2100.", field("create:year-message").getText());
        assertEquals("Saisissez un montant en euros, par exemple 352 151.", field("create:envelope-message").getText());
        assertEquals("beaucoup", field("create:envelope").getAttribute("value"), "what was typed stays");
        type("create:year", "2018");
        type("create:title", "Doublon");
        type("create:envelope", "400 000");
        browser.submit(By.id("create:submit"));
        assertEquals("Une édition existe déjà pour cette année.", field("create:year-message").getText());

        int year = copyOf2018();
        assertTrue(browser.driver.getCurrentUrl().endsWith("/admin/campaign?year=" + year), browser.driver.getCurrentUrl());
        browser.assertAccessible();
        assertTrue(text().contains("Brouillon") && text().contains("préparée à partir de 2018"), text());
        assertEquals(year + "-09-05", field("calendar:phases:5:start").getAttribute("value"), "the 2018 vote, years later");

        browser.driver.executeScript("arguments[0].value = arguments[1]", field("calendar:phases:5:end"), year + "-09-01");
        browser.submit(By.id("calendar:submit"));
        assertEquals("La fin ne peut pas précéder le début.", field("calendar:phases:5:end-message").getText());
        browser.driver.executeScript("arguments[0].value = arguments[1]", field("calendar:phases:5:end"), year + "-09-30");
        browser.submit(By.id("calendar:submit"));
        assertTrue(text().contains("Le calendrier est enregistré."), text());

        type("category:code", "transition");
        type("category:name", "Transition écologique");
        type("category:maxShare", "120");
        type("category:ceiling", "20 000");
        type("category:envelopeShare", "60");
        browser.submit(By.id("category:submit"));
        assertEquals("Indiquez une part du coût total entre 0 et 100 %.", field("category:maxShare-message").getText());
        type("category:maxShare", "20");
        browser.submit(By.id("category:submit"));
        assertTrue(text().contains("Transition écologique") && text().contains("20 % du coût total"), text());
        type("category:code", "jeunesse");
        type("category:name", "Jeunesse");
        type("category:maxShare", "10");
        type("category:ceiling", "15000");
        type("category:envelopeShare", "50");
        browser.submit(By.id("category:submit"));
        assertEquals("Les parts d'enveloppe des catégories dépassent 100 %.", field("category:envelopeShare-message").getText());
        // Absurd amounts (issue 18): a ceiling per project beyond what the category shares, an envelope below a ceiling.
        type("category:ceiling", "1 500 000");
        type("category:envelopeShare", "30");
        browser.submit(By.id("category:submit"));
        assertEquals("Le plafond par projet dépasse ce que la catégorie peut répartir (sa part de l'enveloppe, ou l'enveloppe "
                + "entière) : vérifiez le montant.", field("category:ceiling-message").getText());
        type("identity:envelope", "3 521");
        browser.submit(By.id("identity:submit"));
        assertTrue(field("identity:envelope-message").getText().startsWith("Cette enveloppe serait inférieure au plafond d'aide par projet"),
                field("identity:envelope-message").getText());

        List<WebElement> forms = browser.driver.findElements(By.cssSelector("#forms\\:legalForms input[type=checkbox]"));
        forms.stream().filter(WebElement::isSelected).forEach(this::click);
        browser.submit(By.id("forms:submit"));
        assertEquals("Cochez au moins une forme juridique.", field("forms:legalForms-message").getText());
        click(browser.driver.findElement(By.cssSelector("#forms\\:legalForms input[value=ASSOCIATION]")));
        click(browser.driver.findElement(By.cssSelector("#forms\\:legalForms input[value=SCIC]")));
        browser.submit(By.id("forms:submit"));
        assertTrue(text().contains("formes juridiques admises sont enregistrées"), text());
        browser.assertAccessible();
        browser.screenshot("81-campaign-setup");

        field("publish:submit").click();
        browser.driver.switchTo().alert().accept();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> text().contains("L'édition est publiée"));
        assertEquals("Publiée", field("status").getText());
        assertFalse(text().contains("Publier l'édition"));
        assertEquals(200, Http.portal("/edition?year=" + year).status(), "the public sees the published edition");
    }

    /** Copies 2018 into a year no earlier run took, and lands on the new draft's page. */
    private int copyOf2018() {
        for (int attempt = 0; attempt < 10; attempt++) {
            int year = 2040 + (int) (System.nanoTime() % 60);
            browser.open("/admin/campaigns");
            new Select(field("copy:from")).selectByValue("2018");
            type("copy:year", String.valueOf(year));
            browser.submit(By.id("copy:submit"));
            if (!browser.driver.getCurrentUrl().contains("/admin/campaigns")) {
                return year;
            }
        }
        throw new AssertionError("no free year to copy 2018 into");
    }

    @Test
    void unknownEditionsAre404() {
        PortalSession agent = new PortalSession();
        agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        assertEquals(404, agent.get("/admin/campaign?year=abcd").status());
        assertEquals(404, agent.get("/admin/campaign?year=1999").status());
    }
}
