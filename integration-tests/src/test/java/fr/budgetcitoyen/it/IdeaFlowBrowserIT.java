package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
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
        depositIdea(browser, title);
    }

    /** Deposits an idea of Arras (theme: food, help: funding) through the form. */
    static void depositIdea(Browser browser, String title) {
        browser.open("/new-idea");
        browser.driver.findElement(By.id("idea:title")).sendKeys(title);
        browser.driver.findElement(By.id("idea:description")).sendKeys("Une épicerie tenue par les habitants, approvisionnée par les fermes voisines.");
        browser.driver.findElement(By.id("idea:postalCode")).sendKeys("62000");
        browser.driver.findElement(By.id("idea:findCommunes")).click();
        browser.waitForAjax();
        browser.choose("idea:commune", "Arras"); // leaving the field and the button both look the communes up
        new Select(browser.driver.findElement(By.id("idea:theme"))).selectByValue("FOOD");
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
        browser.type("idea:postalCode", "59000"); // Lille: not in the Pas-de-Calais
        browser.driver.findElement(By.id("idea:findCommunes")).click();
        browser.waitForAjax();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("idea:postalCode-nomatch"), "Aucune commune du Pas-de-Calais n'a ce code postal"));
        browser.assertAccessible();
        browser.screenshot("40b-idea-postal-code-elsewhere");

        depositIdea(title);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/my-ideas"), browser.driver.getCurrentUrl());
        browser.assertAccessible();
        browser.screenshot("41-my-ideas");
        assertTrue(text().contains(title) && text().contains("En cours de relecture"), text());
        String refusedTitle = "Idée hors sujet " + System.nanoTime();
        depositIdea(refusedTitle);

        browser.open("/ideas?q=" + title.replace(" ", "+"));
        assertTrue(text().contains("Aucune idée"), "not in the gallery before moderation: " + text());
        String gallery = "/ideas?q=" + title.replace(" ", "+");
        assertTrue(Http.portal(gallery).body().contains("Aucune idée"));
        assertEquals("hit", Http.portal(gallery).headers().firstValue("X-Page-Cache").orElse(""),
                "an anonymous visitor's gallery is kept");

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
        Http.Response published = Http.portal(gallery);
        assertTrue(published.body().contains(title), "the kept gallery was thrown away at the agent's change: " + published.body());
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
    void agentsAskTheAuthorAPrecisionOrMergeADuplicate() {
        String asked = "Ludothèque itinérante " + System.nanoTime();
        String duplicate = "Repair café du marché " + System.nanoTime();
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("RESIDENT"), PortalSession.DEMO_PASSWORD);
        depositIdea(asked);
        depositIdea(duplicate);

        Browser agent = Browser.desktop();
        try {
            agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
            agent.open("/admin/ideas");
            agent.submit(row(agent, asked).findElement(By.cssSelector("[id$=':ask']")));
            assertTrue(row(agent, asked).getText().contains("Écrivez la question"), "a question cannot be empty");
            row(agent, asked).findElement(By.cssSelector("textarea")).sendKeys("Dans quelles communes passerait-elle ?");
            agent.submit(row(agent, asked).findElement(By.cssSelector("[id$=':ask']")));
            agent.submit(row(agent, duplicate).findElement(By.cssSelector("[id$=':merge']")));
            assertTrue(row(agent, duplicate).getText().contains("Choisissez une idée publiée"), "a merge needs its idea");
            new Select(row(agent, duplicate).findElement(By.cssSelector("select"))).selectByVisibleText("Un repair café itinérant");
            agent.submit(row(agent, duplicate).findElement(By.cssSelector("[id$=':merge']")));
            assertTrue(agent.driver.findElement(By.id("moderation:messages")).getText().contains("Idée regroupée"), text());
            agent.screenshot("44-moderation-merge");
        } finally {
            agent.close();
        }
        String merged = Mailbox.lastMailTo(MAIL, PortalSession.demoEmail("RESIDENT"));
        assertTrue(merged.contains("/idea?id=1") || merged.contains("/idea?id=3D1"), merged);

        browser.open("/my-ideas");
        assertTrue(text().contains("Précision demandée") && text().contains("Dans quelles communes passerait-elle ?"), text());
        assertTrue(text().contains("Regroupée avec une idée proche"), text());
        browser.screenshot("45-my-ideas-question");
        WebElement card = browser.driver.findElement(By.xpath("//li[h2[normalize-space()='" + asked + "']]"));
        card.findElement(By.tagName("textarea")).sendKeys("Arras, Dainville et Achicourt, une semaine sur trois.");
        browser.submit(card.findElement(By.cssSelector("[id$='answer-submit']")));
        assertTrue(text().contains("votre idée retourne en relecture"), text());
        WebElement answered = browser.driver.findElement(By.xpath("//li[h2[normalize-space()='" + asked + "']]"));
        assertTrue(answered.getText().contains("En cours de relecture"), answered.getText());
    }

    @Test
    void theGalleryIgnoresNonsenseFiltersAndUnknownIdeasAre404() {
        assertEquals(200, Http.portal("/ideas?theme=NOPE&territory=%27%22&page=-4&q=%25").status());
        assertEquals(404, Http.portal("/idea?id=abc").status());
        assertEquals(404, Http.portal("/idea?id=999999").status());
    }

    /** A mail someone else's action sends is in the language its reader chose, not the agent's. */
    @Test
    void theAuthorIsToldInTheLanguageTheyReadThePortalIn() {
        String resident = PortalSession.demoEmail("RESIDENT");
        String title = "Jardin partagé " + System.nanoTime();
        browser = Browser.desktop();
        browser.signIn(resident, PortalSession.DEMO_PASSWORD);
        browser.submit(By.id("language:switch"));
        try {
            depositIdea(title);
            Browser agent = Browser.desktop();
            try {
                agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
                agent.open("/admin/ideas");
                assertEquals("fr", agent.driver.findElement(By.tagName("html")).getAttribute("lang"));
                agent.submit(row(agent, title).findElement(By.cssSelector("[id$=':publish']")));
            } finally {
                agent.close();
            }
            String published = Mailbox.lastMailTo(MAIL, resident);
            assertTrue(published.contains("Your idea") && !published.contains("Votre id"), published);

            Browser later = Browser.desktop();
            try {
                later.signIn(resident, PortalSession.DEMO_PASSWORD);
                assertEquals("en", later.driver.findElement(By.tagName("html")).getAttribute("lang"),
                        "signing in again, the portal speaks the account's language");
            } finally {
                later.close();
            }
        } finally {
            browser.open("/");
            if ("en".equals(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))) {
                browser.submit(By.id("language:switch")); // the demo resident reads French again
            }
        }
    }

    private static WebElement row(Browser browser, String title) {
        return browser.driver.findElement(By.xpath("//article[h2[normalize-space()='" + title + "']]"));
    }
}
