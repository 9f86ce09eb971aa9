package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The turnout during the vote: agents see how many voted, by day, territory and age band — never per
 * project — and an administrator hides the small groups.
 */
class TurnoutBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private long number(String id) {
        return Long.parseLong(browser.driver.findElement(By.id(id)).getText().replaceAll("\\D", ""));
    }

    private String arrageois() {
        WebElement row = browser.driver.findElement(By.xpath("//table[@id='turnout-territory']//tr[th[normalize-space()='Arrageois']]"));
        return row.findElement(By.tagName("td")).getText();
    }

    @Test
    void agentsSeeWhoVotedNotForWhatAndSmallGroupsAreHidden() {
        int year = DemoEditionsApi.voting().getInt("year");
        JsonObject project = Http.portal("/api/campaigns/" + year + "/projects").json(JsonArray.class)
                .getValuesAs(JsonObject.class).get(0);
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("ADMIN"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/turnout");
        long before = number("voters");

        PortalSession voter = Voters.newResident(MAIL, LocalDate.of(2001, 5, 5)); // a resident of Arras
        assertEquals(201, voter.json("POST", "/api/votes", "{\"category\":\"" + project.getString("category")
                + "\",\"project\":" + project.getInt("id") + "}").status());

        browser.open("/admin/turnout");
        assertEquals(before + 1, number("voters"));
        assertFalse(browser.driver.findElement(By.tagName("main")).getText().contains(project.getString("title")),
                "no project is named, let alone counted");
        browser.screenshot("90-turnout");

        String minimum = browser.driver.findElement(By.id("settings:minimumGroup")).getAttribute("value"); // restored below
        browser.driver.findElement(By.id("settings:minimumGroup")).clear();
        browser.driver.findElement(By.id("settings:minimumGroup")).sendKeys("zéro");
        browser.submit(By.id("settings:submit"));
        assertEquals("Indiquez un nombre entre 1 et 1 000.", browser.driver.findElement(By.id("settings:minimumGroup-message")).getText());
        browser.driver.findElement(By.id("settings:minimumGroup")).clear();
        browser.driver.findElement(By.id("settings:minimumGroup")).sendKeys("1000");
        browser.submit(By.id("settings:submit"));
        browser.open("/admin/turnout");
        assertEquals("moins de 1000", arrageois());
        try {
            Browser agent = Browser.desktop();
            try {
                agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
                agent.open("/admin/turnout");
                assertTrue(agent.driver.findElements(By.id("settings:submit")).isEmpty(), "agents read, admins set");
                assertTrue(agent.driver.findElement(By.id("turnout-territory")).getText().contains("moins de 1000"));
            } finally {
                agent.close();
            }
        } finally {
            setMinimum("1");
        }
        browser.open("/admin/turnout");
        assertTrue(arrageois().matches("\\d+"), arrageois());
        setMinimum(minimum); // the demo's own threshold, which the other tests (the research export) read
    }

    private void setMinimum(String value) {
        browser.open("/admin/turnout");
        browser.driver.findElement(By.id("settings:minimumGroup")).clear();
        browser.driver.findElement(By.id("settings:minimumGroup")).sendKeys(value);
        browser.submit(By.id("settings:submit"));
    }
}
