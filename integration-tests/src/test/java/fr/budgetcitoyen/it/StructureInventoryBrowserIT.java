package fr.budgetcitoyen.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inventory of labelled ESS structures (issue 20): the public directory lists the demo's structures with their
 * editions (one SIREN, three editions), filters by GET, pages, draws the map and gives its CSV; an agent merges the
 * doubtful pair the demo leaves (a 2018 file without a number) and splits it back, so the demo data is as before.
 */
class StructureInventoryBrowserIT extends BrowserTest {

    @Test
    void theDirectoryListsStructuresWithTheirEditionsAndItsFiltersWork() {
        browser = Browser.desktop();
        browser.open("/structures");
        WebElement repit = card("Répit partagé");
        assertTrue(repit.getText().contains("2018") && repit.getText().contains("2021"), repit.getText());
        assertTrue(repit.findElements(By.cssSelector(".structure-editions li")).size() >= 3, "one SIREN, three editions: " + repit.getText());
        assertTrue(browser.driver.findElements(By.cssSelector(".territory-map__tile")).size() >= 8, "the territories' map");
        browser.screenshot("200-structures");

        new Select(browser.driver.findElement(By.id("territory"))).selectByVisibleText("Arrageois");
        browser.submit(By.id("apply"));
        assertTrue(browser.driver.getCurrentUrl().contains("territory=arrageois"), "a filter is a link: " + browser.driver.getCurrentUrl());
        assertTrue(resultsText().contains("Répit partagé"));
        assertFalse(resultsText().contains("Cliss XXI"), "Cliss XXI is in Lens-Liévin");
        browser.assertAccessible();

        browser.open("/structures?form=SCOP");
        assertTrue(resultsText().contains("SCOP Les Copeaux") && !resultsText().contains("Répit partagé"), resultsText());
        browser.open("/structures?year=2018&fate=FUNDED");
        List<WebElement> funded = browser.driver.findElements(By.cssSelector("#structures > li"));
        assertFalse(funded.isEmpty(), "the demo funded projects in 2018");
        funded.forEach(c -> assertTrue(c.getText().contains("Subvention versée") || c.getText().contains("Financé"), c.getText()));
        browser.open("/structures?fate=ACTIVE");
        assertFalse(browser.driver.findElements(By.cssSelector("#structures > li")).isEmpty(), "the 2018 reports say some are active");
        browser.open("/structures?q=seconde");
        assertEquals(2, browser.driver.findElements(By.cssSelector("#structures > li")).size(), "the 2018 file without a number stands apart");
        browser.open("/structures?q=zzzz&territory=nowhere&fate=BOGUS&year=abc&page=x");
        assertTrue(browser.driver.findElement(By.id("empty")).isDisplayed(), "an empty state, unknown values ignored");

        browser.open("/structures");
        assertTrue(browser.driver.findElements(By.id("previous")).isEmpty(), "no previous page on the first");
        browser.submit(By.id("next"));
        assertTrue(browser.driver.getCurrentUrl().contains("page=2"));
        assertFalse(browser.driver.findElements(By.cssSelector("#structures > li")).isEmpty(), "a second page");
        browser.assertAccessible();

        browser.open("/structures?q=R%C3%A9pit");
        browser.submit(card("Répit partagé").findElement(By.cssSelector(".card__title a")));
        assertTrue(browser.driver.findElement(By.id("numbers")).getText().contains("793456120"));
        assertTrue(browser.driver.findElement(By.id("commune")).getText().contains("Arras"));
        assertTrue(browser.driver.findElements(By.cssSelector("#projects tbody tr")).size() >= 3);
        assertFalse(browser.mainText().contains("18 rue Gambetta"), "no address in public");
        browser.assertAccessible();
        browser.screenshot("201-structure");

        assertEquals(404, Http.portal("/structure?id=abc").status());
        assertEquals(404, Http.portal("/structure?id=-1").status());
        assertEquals(404, Http.portal("/structure?id=999999999").status());
        browser.open("/structure?id=abc");
        browser.screenshot("202-structure-unknown");
    }

    @Test
    void theInventoryDownloadsAsOpenDataWithoutPersonalData() {
        browser = Browser.desktop();
        browser.open("/structures");
        assertTrue(browser.driver.findElement(By.id("csv")).getAttribute("href").endsWith("/api/structures.csv"));
        Http.Response csv = Http.portal("/api/structures.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] lines = csv.body().split("\n");
        assertEquals("structure_id;structure_name;registration_numbers;legal_form;territory;commune_insee;commune;edition;project_id;"
                + "project_title;fate;granted_eur;paid_eur;still_active;report_year", lines[0]);
        assertTrue(lines.length > 36, "one line per labelled project of the demo's three editions");
        assertTrue(csv.body().contains(";793456120;ASSOCIATION;arrageois;62041;\"Arras\";2018;"), csv.body());
        assertFalse(csv.body().contains("@"), "no e-mail");
        assertFalse(csv.body().contains("rue Gambetta") || csv.body().contains("boulevard Daunou"), "no address");
    }

    @Test
    void anAgentMergesTheDoubtfulPairAndSplitsItBack() {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/structures");
        WebElement pair = browser.driver.findElement(By.xpath("//table[@id='doubt-pairs']//tr[contains(., 'Seconde main')]"));
        assertTrue(pair.getText().contains("sans numéro") && pair.getText().contains("488112376"), pair.getText());
        browser.screenshot("203-structures-doubts");
        confirm(pair.findElement(By.cssSelector("[id$=':merge']")));
        assertTrue(browser.mainText().contains("Fiches fusionnées."), browser.mainText());
        assertTrue(browser.driver.getCurrentUrl().contains("/admin/structure?id="), browser.driver.getCurrentUrl());
        String merged = browser.driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
        WebElement projects = browser.driver.findElement(By.id("projects"));
        assertTrue(projects.getText().contains("2018") && projects.getText().contains("2021"), projects.getText());
        assertTrue(browser.driver.findElement(By.id("editions")).getText().startsWith("2018, 2021"));
        assertTrue(browser.driver.findElement(By.id("reports-title")).isDisplayed(), "agents see the carriers' reports (if any)");
        assertTrue(projects.getText().contains("Porteur"),
                "and the carriers' column");
        browser.assertAccessible();
        browser.screenshot("204-structure-merged");
        assertTrue(Http.portal("/structure?id=" + merged).body().contains("2018</td>"), "the public record shows it at once");

        confirm(browser.driver.findElement(By.id("merge:submit")));
        assertEquals("Choisissez la fiche à réunir.", browser.fieldMessage("merge:with"));
        browser.assertAccessible();

        WebElement row2018 = browser.driver.findElement(By.xpath("//table[@id='projects']//tr[td[1]='2018']"));
        confirm(row2018.findElement(By.cssSelector("[id$=':split']")));
        assertTrue(browser.mainText().contains("Projet séparé."), browser.mainText());
        assertFalse(browser.driver.findElement(By.id("editions")).getText().contains("2018"), "the 2018 file left");
        browser.screenshot("205-structure-split");
        browser.open("/admin/structures");
        assertTrue(browser.driver.findElement(By.id("doubt-pairs")).getText().contains("Seconde main"), "as the demo was: a doubt again");

        PortalSession agent = new PortalSession();
        agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        assertEquals(404, agent.get("/admin/structure?id=abc").status());
        assertEquals(404, agent.get("/admin/structure?id=999999999").status());
    }

    /** Clicks a button that asks for confirmation, accepts, and waits for the answer. */
    private void confirm(WebElement button) {
        button.click();
        browser.driver.switchTo().alert().accept();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(15))
                .until(d -> isStale(button));
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    private WebElement card(String name) {
        return browser.driver.findElement(By.xpath("//ul[@id='structures']/li[.//h2[contains(., '" + name + "')]]"));
    }

    private String resultsText() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }
}
