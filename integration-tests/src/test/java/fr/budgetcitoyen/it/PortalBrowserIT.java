package fr.budgetcitoyen.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public portal in Chromium: home page, calendar, language switch, editions and error pages. */
class PortalBrowserIT extends BrowserTest {


    @Test
    void theHomePageHighlightsTheCurrentPhaseOfTheCalendar() {
        String currentPhase = DemoEditionsApi.voting().getString("currentPhase");
        browser = Browser.desktop();
        browser.open("/");
        browser.screenshot("01-home-fr");

        assertEquals("fr", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        List<WebElement> current = browser.driver.findElements(By.cssSelector("ol.calendar li[aria-current='step']"));
        assertEquals(1, current.size(), "exactly one current step");
        assertEquals(currentPhase, current.get(0).getAttribute("data-phase"));
        assertTrue(current.get(0).getText().contains("Étape en cours"), current.get(0).getText());
        assertEquals(9, browser.driver.findElements(By.cssSelector("ol.calendar > li")).size());
        assertTrue(browser.driver.findElement(By.id("current-phase")).getText().contains("Vote des citoyens"));
        assertTrue(browser.driver.findElement(By.cssSelector(".figures")).getText().contains("12"));
    }

    @Test
    void theLanguageSwitchesToEnglishAndBack() {
        browser = Browser.desktop();
        browser.open("/");
        browser.submit(By.id("language:switch"));
        browser.assertAccessible();
        browser.screenshot("02-home-en");
        assertEquals("en", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.driver.findElement(By.id("current-phase")).getText().contains("Residents' vote"));
        assertTrue(browser.driver.findElement(By.cssSelector("ol.calendar li[aria-current='step']")).getText()
                .contains("Current step"));

        browser.open("/editions");
        assertEquals("All editions", browser.driver.findElement(By.tagName("h1")).getText());
        // Seen in English: French titles, French names, a French space before a colon.
        browser.open("/comptoirs");
        assertEquals("Citizen initiative desks (comptoirs)", browser.driver.findElement(By.tagName("h1")).getText());
        browser.open("/scics");
        assertEquals("The SCIC 62 network", browser.driver.findElement(By.tagName("h1")).getText());
        browser.open("/projects");
        assertTrue(browser.mainText().contains("Grant requested: €") && !browser.mainText().contains("Grant requested :"),
                browser.mainText());
        browser.submit(By.id("language:switch"));
        assertTrue(browser.mainText().contains("Aide demandée : "), "French keeps its space (a no-break one)");
        browser.open("/editions");
        assertEquals("Toutes les éditions", browser.driver.findElement(By.tagName("h1")).getText());
        assertEquals("fr", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    void aPageLeftOpenPastItsSessionReloadsAndSaysTheLastActionWasNotTaken() {
        browser = Browser.desktop();
        browser.open("/editions");
        browser.driver.manage().deleteAllCookies(); // as after the session's timeout
        browser.submit(By.id("language:switch"));
        String notice = browser.driver.findElement(By.cssSelector("#content .page-reloaded")).getText();
        assertTrue(notice.contains("rechargée") && notice.contains("Recommencez"), notice);
        assertEquals("fr", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Toutes les éditions", browser.driver.findElement(By.tagName("h1")).getText());
        browser.assertAccessible();
        browser.screenshot("05-page-reloaded-after-expiry");
    }

    @Test
    void aPastEditionShowsItsFiguresAndCalendar() {
        browser = Browser.desktop();
        browser.open("/");
        browser.driver.findElement(By.linkText("Voir l'édition 2018")).click();
        browser.assertAccessible();
        browser.screenshot("03-edition-2018");
        String figures = browser.driver.findElement(By.cssSelector(".figures")).getText().replace('\u202f', ' ')
                .replace('\u00a0', ' ');
        assertTrue(figures.contains("352 151 €"), figures);
        assertTrue(figures.contains("4 000"), figures);
        assertTrue(figures.contains("122"), figures);
        assertTrue(browser.driver.findElements(By.cssSelector("ol.calendar li[aria-current='step']")).isEmpty(),
                "a completed edition has no current step");
        assertTrue(browser.driver.findElement(By.cssSelector("ol.calendar")).getText()
                .contains("du 5 septembre 2018 au 30 septembre 2018"));
    }

    @Test
    void theCurrentEditionListsItsLabelledProjects() {
        JsonObject current = DemoEditionsApi.voting();
        browser = Browser.desktop();
        browser.open("/edition?year=" + current.getInt("year"));
        browser.screenshot("04-edition-current");
        assertEquals(12, browser.driver.findElements(By.cssSelector("#content .cards .card__title")).size()
                - 3 /* the three category cards */);
    }

    @Test
    void theHomePageWorksOnAPhone() {
        browser = Browser.phone();
        browser.open("/");
        browser.screenshot("05-home-phone");
        Long scrollWidth = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= 360, "no horizontal scrolling at 360 px, got " + scrollWidth);
        // The header is one short row: the menu folds behind « Menu » and opens in place.
        WebElement header = browser.driver.findElement(By.cssSelector(".site-header"));
        assertTrue(header.getRect().getHeight() <= 160, "the header takes " + header.getRect().getHeight() + " px of 640");
        WebElement vote = browser.driver.findElement(By.id("nav-vote"));
        WebElement toggle = browser.driver.findElement(By.id("nav-toggle"));
        assertFalse(vote.isDisplayed(), "the menu starts folded");
        toggle.click();
        assertTrue(vote.isDisplayed(), "« Menu » opens it");
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        browser.assertAccessible();
        browser.screenshot("05-home-phone-menu");
    }

    /** Seen at 360 px: the comptoirs' figures and the impact table were wider than the screen. */
    @Test
    void thePublicPagesFitAPhone() {
        browser = Browser.phone();
        List<String> tooWide = new java.util.ArrayList<>();
        for (String page : List.of("/comptoirs", "/impact?year=2018", "/editions", "/edition?year=2021", "/ideas",
                "/projects", "/results", "/ballots?year=2021", "/ambassadors", "/scics", "/partners", "/cdess", "/login",
                "/register")) {
            browser.open(page);
            long width = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth");
            if (width > 360) {
                tooWide.add(page + " is " + width + " px wide");
                browser.screenshot("phone-too-wide" + page.replaceAll("[^a-z0-9]", "-"));
            }
        }
        assertTrue(tooWide.isEmpty(), String.join("\n", tooWide));
    }

    @Test
    void errorPagesAreFriendlyAndAccessible() {
        browser = Browser.desktop();
        browser.open("/edition?year=1999");
        browser.screenshot("06-error-404");
        assertEquals("Page introuvable", browser.driver.findElement(By.tagName("h1")).getText());
        browser.driver.findElement(By.linkText("Retour à l'accueil")).click();
        assertTrue(browser.driver.getCurrentUrl().endsWith("/"), browser.driver.getCurrentUrl());
    }

    @Test
    void theBallotCanBeBrowsedByCategoryTerritoryThemeAndText() {
        int year = DemoEditionsApi.voting().getInt("year");
        browser = Browser.desktop();
        browser.open("/projects?year=" + year);
        assertEquals(12, browser.driver.findElements(By.cssSelector("#projects .card")).size());
        browser.open("/projects?year=" + year + "&category=COOPERATION");
        browser.screenshot("06-ballot-cooperation");
        assertEquals(4, browser.driver.findElements(By.cssSelector("#projects .card")).size());
        browser.open("/projects?year=" + year + "&theme=FOOD&q=jardins");
        List<WebElement> found = browser.driver.findElements(By.cssSelector("#projects .card"));
        assertEquals(1, found.size());
        found.get(0).findElement(By.tagName("a")).click();
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains("Jardins nourriciers"));
        browser.open("/projects?year=" + year + "&territory=nowhere&q=%25");
        assertTrue(browser.driver.findElement(By.id("projects-count")).getText().contains("Aucun projet"));
    }

    @Test
    void theBallotsArePublishedOnlyOnceTheVoteIsOver() {
        browser = Browser.desktop();
        browser.open("/ballots");
        browser.assertAccessible();
        // The current edition votes in the encrypted urn: no readable ballot, the board instead.
        WebElement encrypted = browser.driver.findElement(By.id("encrypted"));
        assertTrue(encrypted.getText().contains("chiffrés"), encrypted.getText());
        assertTrue(encrypted.findElement(By.tagName("a")).getAttribute("href").contains("/board?year="));
        assertTrue(browser.driver.findElements(By.id("not-published")).isEmpty());
        browser.open("/ballots?year=2018&receipt=ABCD-EFGH");
        browser.screenshot("09-ballots-2018");
        assertTrue(browser.driver.findElement(By.id("ballots-count")).getText().contains("Aucun bulletin électronique"));
        assertTrue(browser.driver.findElement(By.id("lookup")).getText().contains("Cette édition n'a pas de bulletin électronique"),
                browser.driver.findElement(By.id("lookup")).getText());
        assertEquals(200, Http.portal("/ballots?year=abcd&receipt=%27%3Cscript%3E").status());
    }

    @Test
    void theHeaderMenusOpenWithTheKeyboardAndCloseWithEscape() {
        browser = Browser.desktop();
        browser.open("/");
        WebElement ambassadors = browser.driver.findElement(By.id("nav-ambassadors"));
        assertTrue(!ambassadors.isDisplayed(), "the network menu starts closed");

        WebElement network = browser.driver.findElement(By.cssSelector("#nav-network > summary"));
        network.sendKeys(Keys.ENTER);
        assertTrue(ambassadors.isDisplayed(), "Enter on the summary opens the menu");
        browser.assertAccessible();
        browser.screenshot("10-menu-network-open");
        network.sendKeys(Keys.ESCAPE);
        assertTrue(!ambassadors.isDisplayed(), "Escape closes it");
        assertEquals(network, browser.driver.switchTo().activeElement(), "the focus stays on the menu's button");

        // A partner's account finds its slots under "Mon espace" (before, only by typing the address).
        browser.signIn("partenaire@demo.budgetcitoyen.fr", PortalSession.DEMO_PASSWORD);
        browser.open("/");
        browser.driver.findElement(By.cssSelector("#nav-mine > summary")).click();
        browser.driver.findElement(By.cssSelector("#nav-network > summary")).click();
        assertTrue(!browser.driver.findElement(By.id("nav-account")).isDisplayed(), "opening a menu closes the other");
        browser.driver.findElement(By.cssSelector("#nav-mine > summary")).click();
        browser.driver.findElement(By.id("nav-my-partner")).click();
        assertEquals("Mes créneaux de rendez-vous", browser.driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void onAPhoneTheMenuOpensWithinTheScreen() {
        browser = Browser.phone();
        browser.open("/");
        browser.driver.findElement(By.id("nav-toggle")).click();
        browser.driver.findElement(By.cssSelector("#nav-network > summary")).click();
        WebElement api = browser.driver.findElement(By.cssSelector("#nav-network li:last-child a"));
        assertTrue(api.isDisplayed());
        long viewport = (Long) browser.driver.executeScript("return document.documentElement.clientWidth");
        assertTrue(api.getRect().getX() + api.getRect().getWidth() <= viewport, "no horizontal scrolling: " + api.getRect());
        browser.assertAccessible();
        browser.screenshot("11-menu-network-phone");
    }
}
