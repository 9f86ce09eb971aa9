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

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resident's idea from the deposit form to the public gallery, through the Mission ESS's moderation. */
class IdeaFlowBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private WebElement field(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private String text() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private void depositIdea(String title) {
        browser.open("/new-idea");
        field("idea:title").sendKeys(title);
        field("idea:description").sendKeys("Une épicerie tenue par les habitants, approvisionnée par les fermes voisines.");
        field("idea:postalCode").sendKeys("62000");
        field("idea:findCommunes").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("idea:commune"), "Arras"));
        new Select(field("idea:commune")).selectByVisibleText("Arras");
        new Select(field("idea:theme")).selectByValue("FOOD");
        browser.driver.findElement(By.cssSelector("input[value='FUNDING']")).click();
        browser.submit(By.id("idea:submit"));
    }

    @Test
    void anIdeaIsDepositedModeratedAndFoundInTheGallery() {
        String title = "Épicerie participative " + System.nanoTime();
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("RESIDENT"), PortalSession.DEMO_PASSWORD);

        browser.open("/new-idea");
        browser.submit(By.id("idea:submit"));
        browser.assertAccessible();
        browser.screenshot("40-idea-errors");
        assertEquals("Donnez un titre à votre idée.", field("idea:title-message").getText());
        assertTrue(field("idea:commune-message").getText().contains("code postal"));

        depositIdea(title);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/my-ideas"), browser.driver.getCurrentUrl());
        browser.assertAccessible();
        browser.screenshot("41-my-ideas");
        assertTrue(text().contains(title) && text().contains("En cours de relecture"), text());
        String refusedTitle = "Idée hors sujet " + System.nanoTime();
        depositIdea(refusedTitle);

        browser.open("/ideas?q=" + title.replace(" ", "+"));
        assertTrue(text().contains("Aucune idée"), "not in the gallery before moderation: " + text());

        Browser agent = Browser.desktop();
        try {
            agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
            agent.open("/admin/ideas");
            agent.screenshot("42-moderation");
            agent.submit(row(agent, refusedTitle).findElement(By.cssSelector("[id$=':refuse']")));
            assertTrue(row(agent, refusedTitle).getText().contains("Indiquez la raison du refus"), "a refusal needs a reason");
            row(agent, refusedTitle).findElement(By.cssSelector("textarea")).sendKeys("Ne relève pas des compétences du Département.");
            agent.submit(row(agent, refusedTitle).findElement(By.cssSelector("[id$=':refuse']")));
            agent.submit(row(agent, title).findElement(By.cssSelector("[id$=':publish']")));
            assertTrue(agent.driver.findElement(By.id("moderation:messages")).getText().contains(title));
        } finally {
            agent.close();
        }
        String refusal = Mailbox.lastMailTo(MAIL, PortalSession.demoEmail("RESIDENT"));
        assertTrue(refusal.contains("comp=C3=A9tences") || refusal.contains("compétences") || refusal.contains("Votre id"), refusal);

        browser.open("/ideas?q=" + title.replace(" ", "+") + "&theme=FOOD");
        browser.screenshot("43-ideas-gallery");
        List<WebElement> cards = browser.driver.findElements(By.cssSelector("#ideas .card"));
        assertEquals(1, cards.size(), text());
        cards.get(0).findElement(By.tagName("a")).click();
        assertTrue(text().contains(title) && text().contains("Trouver des financements"), text());
        browser.open("/my-ideas");
        assertTrue(text().contains("Non retenue") && text().contains("Ne relève pas des compétences"), text());
    }

    @Test
    void theGalleryIgnoresNonsenseFiltersAndUnknownIdeasAre404() {
        assertEquals(200, Http.portal("/ideas?theme=NOPE&territory=%27%22&page=-4&q=%25").status());
        assertEquals(404, Http.portal("/idea?id=abc").status());
        assertEquals(404, Http.portal("/idea?id=999999").status());
    }

    private static WebElement row(Browser browser, String title) {
        return browser.driver.findElement(By.xpath("//article[h2[normalize-space()='" + title + "']]"));
    }
}
