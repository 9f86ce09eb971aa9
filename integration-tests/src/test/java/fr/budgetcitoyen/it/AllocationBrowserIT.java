package fr.budgetcitoyen.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After the vote (the demo's 2021 edition, with synthetic published ballots): an agent compares the
 * rules, retains one, records the Commission permanente's validation, publishes; the public page, the
 * JSON, the CSV and the pabulib files all say the same.
 */
class AllocationBrowserIT extends BrowserTest {

    private String text() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    @Test
    void rulesAreComparedThenOneIsValidatedAndPublished() {
        assertEquals(404, Http.portal("/api/campaigns/2021/results").status(), "nothing before publication");
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/allocation");
        assertTrue(text().contains("Budget citoyen 2021"), text());
        List<WebElement> plans = browser.driver.findElements(By.cssSelector("#comparison thead th"));
        assertEquals(6, plans.size(), "the measure column and five rules side by side");
        browser.screenshot("92-allocation-compare");

        browser.submit(browser.driver.findElements(By.cssSelector("[id$=':choose']")).get(2)); // territorial balance
        assertTrue(text().contains("Calcul enregistré") && text().contains("Provisoire"), text());
        browser.submit(By.cssSelector("[id$=':validate']"));
        assertTrue(text().contains("Indiquez la date de la décision."), text());
        assertTrue(text().contains("Indiquez le numéro de la délibération."), text());
        browser.driver.executeScript("arguments[0].value = '2021-12-13'", browser.driver.findElement(By.cssSelector("[id$=':decisionDate']")));
        browser.driver.findElement(By.cssSelector("[id$=':deliberation']")).sendKeys("CP 2021-512");
        browser.submit(By.cssSelector("[id$=':validate']"));
        assertTrue(text().contains("Validé par la Commission permanente"), text());
        browser.driver.findElement(By.cssSelector("[id$=':publish']")).click();
        browser.driver.switchTo().alert().accept();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> text().contains("Les résultats sont publiés."));
        browser.screenshot("93-allocation-published");
        assertTrue(browser.driver.findElements(By.cssSelector("[id$=':choose']")).isEmpty(),
                "once decided, no other rule is offered");

        JsonObject results = Http.portal("/api/campaigns/2021/results").json(JsonObject.class);
        int funded = results.getJsonArray("grants").size();
        assertTrue(funded > 0);
        assertEquals("TERRITORIAL_BALANCE/per-category/0", results.getString("rule"));

        browser.open("/results?year=2021");
        browser.screenshot("94-results-2021");
        assertEquals(String.valueOf(funded), browser.driver.findElement(By.id("funded")).getText());
        assertEquals(results.getString("inputsHash"), browser.driver.findElement(By.id("results-hash")).getText());
        assertTrue(browser.driver.findElement(By.id("decision")).getText().contains("CP 2021-512"));
        assertEquals(8, browser.driver.findElements(By.cssSelector("#turnout-territory tbody tr")).size(), "turnout by territory");
        assertEquals(6, browser.driver.findElements(By.cssSelector("#turnout-ageBand tbody tr")).size(), "turnout by age band");
        long onMap = browser.driver.findElements(By.cssSelector("a.territory-map__tile")).stream()
                .mapToLong(tile -> Long.parseLong(tile.getAttribute("aria-label").replaceAll(".*\\h:\\h(\\d+)\\h.*", "$1"))).sum();
        assertEquals(funded, onMap, "the territory view counts the same funded projects");
        browser.assertAccessible();

        browser.open("/admin/follow-up?year=2021");
        assertEquals(funded, browser.driver.findElements(By.cssSelector("#grants tbody tr")).size(),
                "the decision opened the follow-up of every funded project");

        Http.Response csv = Http.portal("/api/campaigns/2021/results.csv");
        assertTrue(csv.body().startsWith("rank;project_id;title;category;territory;votes;grant_eur\n"), csv.body());
        assertEquals(funded + 1, csv.body().split("\n").length);
        Http.Response pb = Http.portal("/api/campaigns/2021/ballots.pb?category=INNOVATION_SOCIALE");
        assertEquals(200, pb.status());
        assertTrue(pb.body().startsWith("META") && pb.body().contains("VOTES"), pb.body().substring(0, Math.min(300, pb.body().length())));
        assertEquals(404, Http.portal("/api/campaigns/2021/ballots.pb?category=NOPE").status());

        String pdf = pdfText(Http.bytes("/api/campaigns/2021/results.pdf"));
        assertTrue(pdf.contains("CP 2021-512") && pdf.contains(results.getString("inputsHash").substring(0, 20)), pdf);
        for (JsonObject grant : results.getJsonArray("grants").getValuesAs(JsonObject.class)) {
            assertTrue(pdf.contains(grant.getString("title")), grant.getString("title") + " in the procès-verbal");
        }
        String sheet = sheetOf(Http.bytes("/api/campaigns/2021/results.xlsx"));
        assertTrue(sheet.contains(results.getJsonArray("grants").getJsonObject(0).getString("title")), sheet);
    }

    private static String pdfText(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The worksheet's XML inside the XLSX zip. */
    private static String sheetOf(byte[] xlsx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new AssertionError("no worksheet in the XLSX");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
