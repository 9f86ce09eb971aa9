package fr.budgetcitoyen.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After the vote: the demo's current edition, once the urn's ceremony counted it (this test runs after
 * {@link UrnCeremonyIT}, in the execution whose clock is a month later: see the pom). An agent compares the
 * rules, retains one, records the Commission permanente's validation, publishes; the public page, the JSON,
 * the CSV and the pabulib files all say the same, and the results page now opens on this edition.
 */
@Order(2)
class AllocationBrowserIT extends BrowserTest {

    private String text() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    /** The latest edition whose urn was counted: its board carries a result. */
    private static JsonObject counted() {
        return DemoEditionsApi.all().stream()
                .filter(c -> Http.portal("/api/campaigns/" + c.getInt("year") + "/board").status() == 200)
                .filter(c -> Http.portal("/api/campaigns/" + c.getInt("year") + "/board").json(JsonObject.class).get("result") instanceof JsonObject)
                .findFirst().orElseThrow(() -> new AssertionError("no counted urn: this test runs after UrnCeremonyIT (pom)"));
    }

    @Test
    void rulesAreComparedThenOneIsValidatedAndPublished() {
        JsonObject edition = counted();
        int year = edition.getInt("year");
        String api = "/api/campaigns/" + year;
        assertEquals(404, Http.portal(api + "/results").status(), "nothing before publication");
        String voteEnd = Http.portal(edition.getString("href")).json(JsonObject.class).getJsonArray("phases")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("type").equals("VOTE")).findFirst().orElseThrow()
                .getString("end");
        String decision = LocalDate.parse(voteEnd).plusDays(1).toString();
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/allocation");
        assertTrue(text().contains("Budget citoyen " + year), text());
        List<WebElement> plans = browser.driver.findElements(By.cssSelector("#comparison thead th"));
        assertEquals(6, plans.size(), "the measure column and five rules side by side");
        browser.screenshot("92-allocation-compare");

        browser.submit(browser.driver.findElements(By.cssSelector("[id$=':choose']")).get(2)); // territorial balance
        assertTrue(text().contains("Calcul enregistré") && text().contains("Provisoire"), text());
        browser.submit(By.cssSelector("[id$=':validate']"));
        assertTrue(text().contains("Indiquez la date de la décision."), text());
        assertTrue(text().contains("Indiquez le numéro de la délibération."), text());
        browser.driver.executeScript("arguments[0].value = arguments[1]", browser.driver.findElement(By.cssSelector("[id$=':decisionDate']")), decision);
        browser.driver.findElement(By.cssSelector("[id$=':deliberation']")).sendKeys("CP " + year + "-512");
        browser.submit(By.cssSelector("[id$=':validate']"));
        assertTrue(text().contains("Validé par la Commission permanente"), text());
        browser.driver.findElement(By.cssSelector("[id$=':publish']")).click();
        browser.driver.switchTo().alert().accept();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> text().contains("Les résultats sont publiés."));
        browser.screenshot("93-allocation-published");
        assertTrue(browser.driver.findElements(By.cssSelector("[id$=':choose']")).isEmpty(),
                "once decided, no other rule is offered");

        JsonObject results = Http.portal(api + "/results").json(JsonObject.class);
        int funded = results.getJsonArray("grants").size();
        assertTrue(funded > 0);
        assertEquals("TERRITORIAL_BALANCE/per-category/0", results.getString("rule"));

        browser.open("/results");
        browser.screenshot("94-results-published");
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().endsWith(String.valueOf(year)), "the latest published edition");
        assertEquals(String.valueOf(funded), browser.driver.findElement(By.id("funded")).getText());
        assertEquals(results.getString("inputsHash"), browser.driver.findElement(By.id("results-hash")).getText());
        assertTrue(browser.driver.findElement(By.id("decision")).getText().contains("CP " + year + "-512"));
        assertTrue(!browser.driver.findElements(By.cssSelector("#turnout-territory tbody tr")).isEmpty(), "turnout by territory");
        assertTrue(browser.driver.findElements(By.id("demo-ballots")).isEmpty(), "the residents' own votes, not the demo's");
        assertEquals(3, browser.driver.findElements(By.cssSelector("figure.votes-chart")).size(), "a chart per category");
        long onMap = browser.driver.findElements(By.cssSelector("a.territory-map__tile")).stream()
                .mapToLong(tile -> Long.parseLong(tile.getAttribute("aria-label").replaceAll(".*\\h:\\h(\\d+)\\h.*", "$1"))).sum();
        assertEquals(funded, onMap, "the territory view counts the same funded projects");
        browser.assertAccessible();

        browser.open("/admin/follow-up?year=" + year);
        assertEquals(funded, browser.driver.findElements(By.cssSelector("#grants tbody tr")).size(),
                "the decision opened the follow-up of every funded project");

        Http.Response csv = Http.portal(api + "/results.csv");
        assertTrue(csv.body().startsWith("rank;project_id;title;category;territory;votes;grant_eur\n"), csv.body());
        assertEquals(funded + 1, csv.body().split("\n").length);
        Http.Response pb = Http.portal(api + "/ballots.pb?category=INNOVATION_SOCIALE");
        assertEquals(200, pb.status());
        assertTrue(pb.body().startsWith("META") && pb.body().contains("VOTES"), pb.body().substring(0, Math.min(300, pb.body().length())));
        assertEquals(404, Http.portal(api + "/ballots.pb?category=NOPE").status());

        String pdf = pdfText(Http.bytes(api + "/results.pdf"));
        assertTrue(pdf.contains("CP " + year + "-512") && pdf.contains(results.getString("inputsHash").substring(0, 20)), pdf);
        for (JsonObject grant : results.getJsonArray("grants").getValuesAs(JsonObject.class)) {
            assertTrue(pdf.contains(grant.getString("title")), grant.getString("title") + " in the procès-verbal");
        }
        List<String> sheet = sheetOf(Http.bytes(api + "/results.xlsx"));
        assertTrue(sheet.contains(results.getJsonArray("grants").getJsonObject(0).getString("title")), sheet.toString());
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

    /** The texts of the results sheet's cells, read as a spreadsheet program reads them (escapes decoded). */
    private static List<String> sheetOf(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read().stream().flatMap(Row::stream).filter(Objects::nonNull).map(Cell::getText).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
