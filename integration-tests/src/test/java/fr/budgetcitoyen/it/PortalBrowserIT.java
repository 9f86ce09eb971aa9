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
        browser.open("/login"); // a page with state (the public pages that only display keep none: StatelessPagesIT)
        browser.driver.manage().deleteAllCookies(); // as after the session's timeout
        browser.submit(By.id("language:switch"));
        String notice = browser.driver.findElement(By.cssSelector("#content .page-reloaded")).getText();
        assertTrue(notice.contains("rechargée") && notice.contains("Recommencez"), notice);
        assertEquals("fr", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Se connecter", browser.driver.findElement(By.tagName("h1")).getText());
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
    void the2021EditionSaysItsBallotsAreTheDemosBesideTheVotersTheDepartementDeclared() {
        browser = Browser.desktop();
        browser.open("/edition?year=2021");
        browser.screenshot("03-edition-2021");
        String figures = browser.driver.findElement(By.cssSelector(".figures")).getText().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertTrue(figures.contains("11 000"), figures);
        String demo = browser.driver.findElement(By.id("demo-ballots")).getText().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertTrue(demo.contains("900 bulletins") && demo.contains("bulletins de démonstration") && demo.contains("300 votants fictifs")
                && demo.contains("déclaré"), demo);
        browser.open("/edition?year=" + DemoEditionsApi.voting().getInt("year"));
        assertTrue(browser.driver.findElements(By.id("demo-ballots")).isEmpty(), "the residents' own vote says nothing of the kind");
    }

    @Test
    void theResultsOpenOnTheLatestPublishedEditionWithAChartOfTheVotesPerCategory() {
        browser = Browser.desktop();
        browser.open("/results");
        browser.screenshot("12-results");
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().endsWith("Budget citoyen 2021"),
                browser.driver.findElement(By.tagName("h1")).getText());
        assertEquals("2021", new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("year")))
                .getFirstSelectedOption().getAttribute("value"));
        assertTrue(browser.driver.findElements(By.id("no-results")).isEmpty(), "2021's results are published");
        assertTrue(browser.driver.findElement(By.id("demo-ballots")).getText().contains("bulletins de démonstration"));
        JsonObject published = Http.portal("/api/campaigns/2021/results").json(JsonObject.class);
        assertEquals(String.valueOf(published.getJsonArray("grants").size()), browser.driver.findElement(By.id("funded")).getText());

        List<WebElement> charts = browser.driver.findElements(By.cssSelector("figure.votes-chart"));
        assertEquals(3, charts.size(), "one chart per category");
        for (WebElement chart : charts) {
            String code = chart.getAttribute("id").substring("chart-".length());
            String caption = chart.findElement(By.tagName("figcaption")).getText();
            assertTrue(caption.startsWith("Votes par projet") && caption.contains("financé") && caption.contains("tableau"), caption);
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#votes-" + code + " tbody tr"));
            List<WebElement> bars = chart.findElements(By.cssSelector("rect.votes-chart__bar"));
            List<WebElement> values = chart.findElements(By.cssSelector("text.votes-chart__value"));
            assertEquals(rows.size(), bars.size(), code + ": one bar per project of the table");
            long fundedRows = rows.stream().filter(r -> !r.findElements(By.tagName("td")).get(3).getText().equals("non retenu")).count();
            assertEquals(fundedRows, chart.findElements(By.cssSelector("rect.votes-chart__bar--funded")).size(), code);
            assertEquals(fundedRows, values.stream().filter(v -> v.getText().contains("✓ financé")).count(),
                    code + ": funded projects are said so in words, not by colour alone");
            for (int i = 0; i < rows.size(); i++) {
                String votes = rows.get(i).findElements(By.tagName("td")).get(1).getText();
                assertEquals(votes, values.get(i).getText().split(" ")[0], "the chart and the table agree: " + values.get(i).getText());
            }
            String line = chart.findElement(By.cssSelector("text.votes-chart__envelope-label")).getText().replace('\u202f', ' ').replace('\u00a0', ' ');
            assertTrue(line.matches("Enveloppe de la catégorie : [0-9 ]+(,[0-9]{2})? €"), line);
            assertTrue(caption.replace('\u202f', ' ').replace('\u00a0', ' ').contains(line.substring(line.indexOf(": ") + 2)),
                    "the caption gives the envelope too: " + caption);
        }

        browser.open("/results?year=2018");
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().endsWith("Budget citoyen 2018"));
        assertEquals(3, browser.driver.findElements(By.cssSelector("figure.votes-chart")).size());
        assertTrue(Integer.parseInt(browser.driver.findElement(By.id("funded")).getText()) > 0);
        int next = DemoEditionsApi.all().stream().mapToInt(c -> c.getInt("year")).max().orElseThrow();
        browser.open("/results?year=" + next);
        assertTrue(browser.driver.findElement(By.id("no-results")).getText().contains("pas encore publiés"));

        browser.close();
        browser = Browser.phone();
        browser.open("/results");
        browser.screenshot("13-results-phone");
        Long scrollWidth = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= 360, () -> "no horizontal scrolling at 360 px, got " + scrollWidth + " from\n" + browser.driver.executeScript(
                "return Array.from(document.querySelectorAll('main *')).filter(e => e.getBoundingClientRect().right > 361)"
                        + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + e.getBoundingClientRect().right).join('\\n')"));
        WebElement svg = browser.driver.findElement(By.cssSelector("figure.votes-chart svg"));
        assertTrue(svg.getRect().getWidth() <= 360 && svg.getRect().getWidth() > 250, "the chart fits the phone: " + svg.getRect());
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
        assertTrue(browser.driver.findElement(By.id("lookup")).getText().isBlank(), "a receipt in the URL is not read");
        browser.open("/ballots?year=2018");
        // The receipt is posted: it never lands in the address bar, the history or the access logs.
        browser.type("lookup-form:receipt", "ABCD-EFGH");
        browser.submit(By.id("lookup-form:search"));
        assertFalse(browser.driver.getCurrentUrl().contains("ABCD"), browser.driver.getCurrentUrl());
        assertTrue(browser.driver.getCurrentUrl().contains("year=2018"), "the edition stays: " + browser.driver.getCurrentUrl());
        browser.assertAccessible();
        browser.screenshot("09-ballots-2018");
        assertTrue(browser.driver.findElement(By.id("demo-ballots")).getText().contains("bulletins de démonstration"),
                "the demo's ballots say what they are");
        assertTrue(browser.driver.findElement(By.id("ballots-count")).getText().contains("600 bulletins publiés"),
                browser.driver.findElement(By.id("ballots-count")).getText());
        assertTrue(browser.driver.findElement(By.id("lookup")).getText().contains("Aucun bulletin publié ne correspond à ce code"),
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
