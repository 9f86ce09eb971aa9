package fr.budgetcitoyen.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The follow-up of funded projects (the demo's 2018 laureates): agents record agreements and payments,
 * never beyond the grant; a carrier files the yearly report of their own project only; everyone sees the
 * impact per territory, and downloads it.
 */
class FollowUpBrowserIT extends BrowserTest {

    private static String text(Browser browser) {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private static void type(Browser browser, String id, String value) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static String message(Browser browser, String id) {
        return browser.driver.findElement(By.id(id + "-message")).getText();
    }

    @Test
    void theImpactOfAnEditionIsPublicPerTerritoryAndAsCsv() {
        browser = Browser.desktop();
        browser.open("/impact?year=2018");
        browser.assertAccessible();
        browser.screenshot("110-impact");
        String figures = browser.driver.findElement(By.id("impact-total")).getText();
        assertTrue(figures.contains("Projets financés") && figures.contains("Projets toujours actifs"), figures);
        assertTrue(browser.driver.findElements(By.cssSelector("#impact-territories tbody tr")).size() >= 2);
        Http.Response csv = Http.portal("/api/campaigns/2018/impact.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("territory;funded_projects;granted_eur;paid_eur;reported;still_active;active_percent"), csv.body());
        assertTrue(csv.body().lines().anyMatch(l -> l.startsWith("*;")), "the total line");
        assertEquals(404, Http.portal("/api/campaigns/2027/impact.csv").status(), "nothing funded yet in 2027");
    }

    @Test
    void agentsRecordTheAgreementAndPaymentsNeverBeyondTheGrant() {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/follow-up?year=2018");
        browser.assertAccessible();
        browser.screenshot("111-follow-up");
        browser.driver.findElement(By.xpath("//table[@id='grants']//tr[td[normalize-space()='non signée']]/th/a")).click();
        String granted = browser.driver.findElement(By.id("granted")).getText();

        browser.setDate("agreement:signedOn", "2018-12-01");
        browser.submit(By.id("agreement:submit"));
        assertEquals("La convention ne peut pas être signée avant la décision de la Commission permanente.",
                message(browser, "agreement:signedOn"));
        browser.setDate("agreement:signedOn", "2019-02-04");
        browser.submit(By.id("agreement:submit"));
        assertTrue(text(browser).contains("Signature de la convention enregistrée."), text(browser));

        browser.setDate("instalment:paidOn", "2019-03-01");
        type(browser, "instalment:amount", "beaucoup");
        browser.submit(By.id("instalment:submit"));
        assertEquals("Indiquez un montant en euros, par exemple 10 500 ou 1 250,50.", message(browser, "instalment:amount"));
        type(browser, "instalment:amount", "1 000 000");
        browser.submit(By.id("instalment:submit"));
        assertEquals("Ce versement dépasserait le montant accordé.", message(browser, "instalment:amount"));
        type(browser, "instalment:amount", "1000");
        browser.submit(By.id("instalment:submit"));
        assertTrue(text(browser).contains("Versement enregistré."), text(browser));
        assertEquals("1 000 €", browser.driver.findElement(By.id("paid")).getText().replace('\u202f', ' ').replace('\u00a0', ' '));
        assertTrue(browser.driver.findElement(By.id("instalments")).getText().contains("1 mars 2019")
                || browser.driver.findElement(By.id("instalments")).getText().contains("1er mars 2019"));
        browser.assertAccessible();
        browser.screenshot("112-grant");
        assertTrue(!granted.isBlank());
    }

    @Test
    void aCarrierReportsOnTheirOwnFundedProjectOnly() {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("CARRIER"), PortalSession.DEMO_PASSWORD);
        browser.open("/my-files");
        browser.driver.findElement(By.cssSelector("#funded a")).click();
        String url = browser.driver.getCurrentUrl();
        type(browser, "report:volunteers", "-3");
        type(browser, "report:employees", "deux");
        type(browser, "report:achievements", " ");
        browser.submit(By.id("report:submit"));
        assertEquals("Indiquez un nombre entier de salariés (0 s'il n'y en a pas).", message(browser, "report:employees"));
        type(browser, "report:employees", "2");
        browser.submit(By.id("report:submit"));
        assertEquals("Indiquez un nombre entier de bénévoles (0 s'il n'y en a pas).", message(browser, "report:volunteers"));
        assertEquals("Dites en quelques phrases ce qui a été réalisé.", message(browser, "report:achievements"));
        type(browser, "report:volunteers", "14");
        type(browser, "report:achievements", "Un second local ouvert à Lens ; 300 familles accueillies.");
        browser.submit(By.id("report:submit"));
        int year = LocalDate.now().getYear();
        assertTrue(text(browser).contains("Bilan " + year + " enregistré. Merci !"), text(browser));
        assertTrue(browser.driver.findElement(By.id("reports")).getText().contains("300 familles accueillies"));
        browser.assertAccessible();
        browser.screenshot("113-my-report");

        String path = url.replace(Http.PORTAL, "");
        PortalSession other = new PortalSession();
        other.signIn(PortalSession.demoEmail("RESIDENT"), PortalSession.DEMO_PASSWORD);
        assertEquals(404, other.get(path).status(), "someone else's project");
    }
}
