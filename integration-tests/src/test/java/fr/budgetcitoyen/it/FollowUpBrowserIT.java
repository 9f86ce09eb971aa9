package fr.budgetcitoyen.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The follow-up of funded projects (the demo's 2018 laureates): agents record agreements and payments,
 * never beyond the grant; a carrier files the yearly report of their own project only; everyone sees the
 * impact per territory, and downloads it.
 */
class FollowUpBrowserIT extends BrowserTest {

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
        assertTrue(browser.driver.findElement(By.cssSelector("#grants caption")).getText().endsWith("projets financés en 2018"),
                "a year is not a quantity: " + browser.driver.findElement(By.cssSelector("#grants caption")).getText());
        String unsigned = "//table[@id='grants']//tr[td[normalize-space()='non signée']]";
        BigDecimal listed = euros(browser.driver.findElement(By.xpath(unsigned + "/td[2]")).getText());
        browser.driver.findElement(By.xpath(unsigned + "/th/a")).click();
        BigDecimal granted = euros(browser.driver.findElement(By.id("granted")).getText());
        assertEquals(listed, granted, "the grant page shows the amount of the list");
        assertTrue(granted.signum() > 0, "a funded project has a grant");

        browser.setDate("agreement:signedOn", "2018-12-01");
        browser.submit(By.id("agreement:submit"));
        assertEquals("La convention ne peut pas être signée avant la décision de la Commission permanente.",
                browser.fieldMessage("agreement:signedOn"));
        browser.setDate("agreement:signedOn", "2019-02-04");
        browser.submit(By.id("agreement:submit"));
        assertTrue(browser.mainText().contains("Signature de la convention enregistrée."), browser.mainText());

        browser.setDate("instalment:paidOn", "0001-03-01");
        browser.type("instalment:amount", "1000");
        browser.submit(By.id("instalment:submit"));
        assertEquals("Indiquez une date, par exemple 21/01/2019.", browser.fieldMessage("instalment:paidOn"), "year 1: a slip");
        browser.setDate("instalment:paidOn", "2019-03-01");
        browser.type("instalment:amount", "beaucoup");
        browser.submit(By.id("instalment:submit"));
        assertEquals("Indiquez un montant en euros, par exemple 10 500 ou 1 250,50.", browser.fieldMessage("instalment:amount"));
        browser.type("instalment:amount", "1 000 000");
        browser.submit(By.id("instalment:submit"));
        assertEquals("Ce versement dépasserait le montant accordé.", browser.fieldMessage("instalment:amount"));
        browser.type("instalment:amount", "1000");
        browser.submit(By.id("instalment:submit"));
        assertTrue(browser.mainText().contains("Versement enregistré."), browser.mainText());
        assertEquals(new BigDecimal("1000.00"), euros(browser.driver.findElement(By.id("paid")).getText()));
        assertEquals(granted.subtract(new BigDecimal("1000.00")), euros(browser.driver.findElement(By.id("remaining")).getText()));
        assertTrue(browser.driver.findElement(By.id("instalments")).getText().contains("1er mars 2019")
                || browser.driver.findElement(By.id("instalments")).getText().contains("1er mars 2019"));
        browser.assertAccessible();
        browser.screenshot("112-grant");

        // A mistyped instalment is never edited: it is reversed with a reason, kept in the list, and its amount is free again.
        browser.submit(browser.driver.findElement(By.cssSelector("#instalments input[data-reverse]")));
        assertTrue(browser.driver.findElement(By.id("reversal-text")).getText().contains("le total versé passera de"),
                browser.driver.findElement(By.id("reversal-text")).getText());
        browser.submit(By.id("reversal:confirm"));
        assertEquals("Indiquez le motif de la contre-passation.", browser.fieldMessage("reversal:reason"));
        browser.assertAccessible();
        browser.type("reversal:reason", "Mandat saisi sur le mauvais projet");
        browser.submit(By.id("reversal:confirm"));
        assertTrue(browser.mainText().contains("Versement contre-passé"), browser.mainText());
        assertEquals(new BigDecimal("0.00"), euros(browser.driver.findElement(By.id("paid")).getText()));
        assertEquals(granted, euros(browser.driver.findElement(By.id("remaining")).getText()));
        String list = browser.driver.findElement(By.id("instalments")).getText();
        assertTrue(list.contains("Contre-passé le") && list.contains(PortalSession.demoEmail("AGENT"))
                && list.contains("Annule le versement du 1er mars 2019. Motif : Mandat saisi sur le mauvais projet"), list);
        assertTrue(browser.driver.findElements(By.cssSelector("#instalments input[data-reverse]")).isEmpty(),
                "reversed once; a reversal is not reversed");
        browser.assertAccessible();
        browser.screenshot("114-grant-instalment-reversed");
    }

    /** "12 500 €" or "1 250,50 €" as shown (narrow no-break spaces), as a number. */
    private static BigDecimal euros(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9,]", "").replace(',', '.')).setScale(2);
    }

    @Test
    void aCarrierReportsOnTheirOwnFundedProjectOnly() {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("CARRIER"), PortalSession.DEMO_PASSWORD);
        browser.open("/my-files");
        browser.driver.findElement(By.cssSelector("#funded a")).click();
        String url = browser.driver.getCurrentUrl();
        browser.type("report:volunteers", "-3");
        browser.type("report:employees", "deux");
        browser.type("report:achievements", " ");
        browser.submit(By.id("report:submit"));
        assertEquals("Indiquez un nombre entier de salariés (0 s'il n'y en a pas).", browser.fieldMessage("report:employees"));
        browser.type("report:employees", "2");
        browser.submit(By.id("report:submit"));
        assertEquals("Indiquez un nombre entier de bénévoles (0 s'il n'y en a pas).", browser.fieldMessage("report:volunteers"));
        assertEquals("Dites en quelques phrases ce qui a été réalisé.", browser.fieldMessage("report:achievements"));
        browser.type("report:volunteers", "14");
        browser.type("report:achievements", "Un second local ouvert à Lens ; 300 familles accueillies.");
        browser.submit(By.id("report:submit"));
        int year = LocalDate.now().getYear();
        assertTrue(browser.mainText().contains("Bilan " + year + " enregistré. Merci !"), browser.mainText());
        assertTrue(browser.driver.findElement(By.id("reports")).getText().contains("300 familles accueillies"));
        browser.assertAccessible();
        browser.screenshot("113-my-report");

        String path = url.replace(Http.PORTAL, "");
        PortalSession other = new PortalSession();
        other.signIn(PortalSession.demoEmail("RESIDENT"), PortalSession.DEMO_PASSWORD);
        assertEquals(404, other.get(path).status(), "someone else's project");
    }
}
