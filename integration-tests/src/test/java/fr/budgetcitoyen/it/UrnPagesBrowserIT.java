package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The encrypted urn's pages during the vote: a voter finds their ballot on the public board (the tracker
 * never in a URL), the bureau de vote reads the sealed urn and cannot close it before the end of the
 * vote nor name holders with a bad list, and a key holder sees their place and everyone's fingerprints.
 * The demo's current edition is sealed with three demo holders, 2 of 3 needed; nothing here changes it.
 */
class UrnPagesBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String HOLDER_1 = "detenteur-1@demo.budgetcitoyen.fr";
    private static final String SEALED = "Scellée : elle reçoit les bulletins";
    private static final String TWO_OF_THREE = "2 détenteurs sur 3";

    private static int votingYear() {
        return DemoEditionsApi.voting().getInt("year");
    }

    private static JsonObject boardJson(int year) {
        Http.Response board = Http.portal("/api/campaigns/" + year + "/board");
        assertEquals(200, board.status(), board.body());
        return board.json(JsonObject.class);
    }

    private String text() {
        return browser.mainText();
    }

    private String textOf(String id) {
        return browser.driver.findElement(By.id(id)).getText().strip();
    }

    private long number(String text) {
        return Long.parseLong(text.replaceAll("\\D", ""));
    }

    /** The participations and ballots of a category's row in the table {@code tableId}. */
    private long[] categoryRow(String tableId, String category) {
        List<WebElement> cells = browser.driver.findElements(
                By.xpath("//table[@id='" + tableId + "']//tr[th[normalize-space()='" + category + "']]/td"));
        assertEquals(2, cells.size(), "a row for " + category + " in #" + tableId);
        return new long[] {number(cells.get(0).getText()), number(cells.get(1).getText())};
    }

    /** The key fingerprints of the holders' table {@code tableSelector}, in the holders' order. */
    private List<String> fingerprints(String tableSelector) {
        return browser.driver.findElements(By.cssSelector(tableSelector + " tbody tr td code")).stream()
                .map(code -> code.getText().strip()).toList();
    }

    /** The value of the figure labelled {@code label} in {@code scope} (a {@code <dl class="figures">}). */
    private static String figure(WebElement scope, String label) {
        return scope.findElement(By.xpath(".//div[dt[normalize-space()=\"" + label + "\"]]/dd")).getText().strip();
    }

    /** Whether the field shows no error message. */
    private boolean noMessage(String id) {
        return browser.driver.findElements(By.id(id + "-message")).stream().allMatch(m -> m.getText().isBlank());
    }

    /** Types a tracker in the board's search form and waits for the answer the form re-renders in place. */
    private void searchTracker(String tracker) {
        browser.type("search:tracker", tracker);
        WebElement answer = browser.driver.findElement(By.id("search:answer"));
        browser.driver.findElement(By.id("search:submit")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).withMessage(() -> "no new answer on: " + text())
                .until(d -> {
                    try {
                        answer.isEnabled();
                        return false;
                    } catch (WebDriverException replaced) {
                        return true;
                    }
                });
        browser.assertAccessible();
    }

    private static String madeUpTracker() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().withoutPadding().encodeToString(random);
    }

    @Test
    void aVoterFindsTheirBallotOnThePublicBoardAndTheTrackerStaysOutOfTheAddress() {
        int year = votingYear();
        String fingerprint = boardJson(year).getString("fingerprint");
        JsonObject project = Http.portal("/api/campaigns/" + year + "/projects").json(JsonArray.class)
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("category").equals("COOPERATION"))
                .findFirst().orElseThrow();

        browser = Browser.desktop();
        browser.open("/board?year=" + year);
        long ballotsBefore = number(textOf("ballots"));
        long[] cooperationBefore = categoryRow("per-category", "Coopération");

        PortalSession voter = Voters.newResident(MAIL, LocalDate.of(1988, 4, 12));
        Http.Response cast = voter.json("POST", "/api/votes",
                "{\"category\":\"COOPERATION\",\"project\":" + project.getInt("id") + "}");
        assertEquals(201, cast.status(), cast.body());
        String tracker = cast.json(JsonObject.class).getString("tracker");
        assertTrue(tracker.matches(Voters.TRACKER), tracker);

        // Anonymous: the board of the edition being voted.
        browser.open("/board?year=" + year);
        browser.screenshot("150-board");
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().startsWith("Tableau d'affichage de l'urne"), text());
        assertEquals(SEALED, textOf("status"));
        assertTrue(textOf("urn-figures").contains(TWO_OF_THREE), textOf("urn-figures"));
        assertEquals(fingerprint, textOf("election-fingerprint"), "the page shows the fingerprint the verifier reads");
        assertTrue(textOf("ear-sha256").matches("[0-9a-f]{64}"), "the deployed EAR's SHA-256: " + textOf("ear-sha256"));
        List<String> holders = fingerprints("#holders");
        assertEquals(3, holders.size(), "three holders, each with their key's fingerprint: " + holders);
        assertTrue(holders.stream().noneMatch(String::isBlank), holders.toString());
        assertEquals(3, new HashSet<>(holders).size(), "each holder has their own key: " + holders);
        assertTrue(textOf("holders").contains("Détenteur de clé 1"), textOf("holders"));

        assertEquals(ballotsBefore + 1, number(textOf("ballots")), "the new ballot is counted on the board");
        long[] cooperation = categoryRow("per-category", "Coopération");
        assertEquals(cooperationBefore[1] + 1, cooperation[1], "one more ballot in Coopération");
        assertEquals(cooperation[0], cooperation[1], "each participation has its encrypted ballot");
        assertFalse(text().contains(project.getString("title")), "the board never says what anyone voted for");
        assertTrue(textOf("verify-command").contains("urn-tool.jar verify") && textOf("verify-command").contains("--year " + year),
                textOf("verify-command"));

        // The tracker's line, on the page of the board the JSON's order puts it on.
        List<JsonObject> lines = boardJson(year).getJsonArray("trackers").getValuesAs(JsonObject.class);
        int index = 0;
        while (index < lines.size() && !lines.get(index).getString("tracker").equals(tracker)) {
            index++;
        }
        assertTrue(index < lines.size(), "the board's JSON lists the new tracker");
        int page = index / 50 + 1;
        browser.open("/board?year=" + year + "&page=" + page);
        List<WebElement> line = browser.driver.findElements(By.xpath("//table[@id='trackers']//tr[td/code[text()='" + tracker + "']]/td"));
        assertEquals(3, line.size(), "the tracker's line on page " + page);
        assertEquals(lines.get(index).getString("pseudonym"), line.get(1).getText());
        assertEquals("Coopération", line.get(2).getText());
        String caption = browser.driver.findElement(By.cssSelector("#trackers caption")).getText();
        assertTrue(caption.startsWith("Empreintes des bulletins, page " + page + " sur "), caption);

        // The voter looks for their ballot: a POST, so the tracker never lands in a URL (history, logs, referrers).
        browser.open("/board?year=" + year);
        String address = browser.driver.getCurrentUrl();
        searchTracker(tracker);
        browser.screenshot("151-board-tracker-found");
        assertEquals(1, browser.driver.findElements(By.id("found")).size(), text());
        assertEquals("Votre bulletin est dans l'urne (catégorie Coopération).", textOf("found"));
        String url = browser.driver.getCurrentUrl();
        assertEquals(address, url, "the search does not change the address");
        assertFalse(url.contains(tracker) || url.contains(URLEncoder.encode(tracker, StandardCharsets.UTF_8))
                || url.contains(tracker.substring(0, 12)), "the tracker stays out of the URL: " + url);

        searchTracker(madeUpTracker());
        browser.screenshot("152-board-tracker-not-found");
        assertEquals(1, browser.driver.findElements(By.id("not-found")).size(), text());
        assertEquals("Aucun bulletin avec cette empreinte.", textOf("not-found"));
        assertTrue(browser.driver.findElements(By.id("found")).isEmpty(), "no stale answer left");

        browser.driver.findElement(By.id("search:tracker")).clear();
        browser.driver.findElement(By.id("search:submit")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class) // the ajax answer replaces it
                .until(d -> !d.findElement(By.id("search:tracker-message")).getText().isBlank());
        browser.assertAccessible();
        assertEquals("Saisissez l'empreinte de votre bulletin.", browser.fieldMessage("search:tracker"));
        assertTrue(browser.driver.findElements(By.id("not-found")).isEmpty(), "no answer without a tracker");

        // A year typed by hand that is no year: the current edition's board, not an error page.
        ServerLog log = ServerLog.mark();
        browser.open("/board?year=abcd");
        browser.screenshot("153-board-bad-year");
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().startsWith("Tableau d'affichage de l'urne"), text());
        assertEquals(String.valueOf(year), new Select(browser.driver.findElement(By.id("year"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals(fingerprint, textOf("election-fingerprint"));
        assertEquals(List.of(), log.errorsSince(), "a bad parameter is no fault for the server log");

        // An edition voted before the urn, chosen in the list: an empty state, no table.
        int oldest = DemoEditionsApi.all().stream().mapToInt(c -> c.getInt("year")).min().orElseThrow();
        assertNotEquals(year, oldest);
        new Select(browser.driver.findElement(By.id("year"))).selectByValue(String.valueOf(oldest));
        browser.submit(By.cssSelector("main form[role=search] button[type=submit]"));
        browser.assertAccessible();
        browser.screenshot("154-board-no-urn");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/board?year=" + oldest), browser.driver.getCurrentUrl());
        assertTrue(textOf("no-board").startsWith("Cette édition n'a pas d'urne scellée : soit elle a été votée avant l'urne chiffrée"),
                textOf("no-board"));
        assertTrue(browser.driver.findElements(By.id("election-fingerprint")).isEmpty());
    }

    @Test
    void theBureauReadsTheSealedUrnCannotCloseItDuringTheVoteAndCannotNameABadList() {
        int year = votingYear();
        JsonObject board = boardJson(year);
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/home");
        browser.submit(By.linkText("Urne chiffrée"));
        browser.assertAccessible();
        assertTrue(browser.driver.getCurrentUrl().contains("/admin/urn"), browser.driver.getCurrentUrl());

        browser.open("/admin/urn?year=" + year);
        browser.screenshot("155-admin-urn-sealed");
        assertEquals(DemoEditionsApi.voting().getString("title"), textOf("edition-title"));
        assertTrue(textOf("urn-figures").contains(SEALED), textOf("urn-figures"));
        assertEquals(TWO_OF_THREE, textOf("threshold-of"));
        assertTrue(textOf("urn-figures").contains("Scellée le"), textOf("urn-figures"));
        assertFalse(textOf("urn-figures").contains("Dépouillée le"), "not counted yet: no empty date shown");
        List<String> holders = fingerprints("#holders");
        assertEquals(3, holders.size(), holders.toString());
        assertTrue(holders.stream().noneMatch(String::isBlank), holders.toString());
        List<WebElement> compared = browser.driver.findElements(By.cssSelector("#holders tbody tr td:last-child"));
        assertTrue(compared.stream().allMatch(td -> td.getText().equalsIgnoreCase("oui")), "every holder compared the fingerprints");
        String fingerprint = board.getString("fingerprint");
        assertEquals(fingerprint, textOf("election-fingerprint"));
        String minutes = textOf("seal-minutes");
        assertTrue(minutes.startsWith("PROCÈS-VERBAL DE SCELLEMENT DE L'URNE"), minutes);
        assertTrue(minutes.contains("Empreinte de l'élection : " + fingerprint), minutes);
        assertTrue(minutes.contains("(2 sur 3 nécessaires pour dépouiller)"), minutes);
        assertTrue(minutes.contains("Détenteur de clé 1"), minutes);
        String total = browser.driver.findElement(By.cssSelector("#per-category tfoot")).getText();
        List<WebElement> totals = browser.driver.findElements(By.cssSelector("#per-category tfoot td"));
        assertEquals(totals.get(0).getText(), totals.get(1).getText(), "as many ballots as participations: " + total);

        // The board the page links to shows the very same keys.
        browser.submit(By.id("board-link"));
        browser.assertAccessible();
        assertEquals(holders, fingerprints("#holders"), "the agents and the public read the same keys");
        assertEquals(fingerprint, textOf("election-fingerprint"));

        // Closing during the vote: confirmed, then refused in French; the urn stays sealed.
        browser.open("/admin/urn?year=" + year);
        ServerLog log = ServerLog.mark();
        WebElement close = browser.driver.findElement(By.id("close:submit"));
        assertEquals("Clore l'urne et lancer le dépouillement", close.getAttribute("value"));
        close.click();
        browser.driver.switchTo().alert().accept();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(d -> d.findElement(By.id("messages")).getText().contains("Le vote n'est pas terminé"));
        browser.assertAccessible();
        browser.screenshot("156-admin-urn-close-refused");
        assertEquals("Le vote n'est pas terminé : l'urne se clôt après la fin du vote.", textOf("messages"));
        assertTrue(textOf("urn-figures").contains(SEALED), textOf("urn-figures"));
        assertEquals(List.of(), log.errorsSince(), "a refusal is an answer, not a fault for the server log");
        browser.open("/admin/urn?year=" + year);
        assertTrue(textOf("urn-figures").contains(SEALED), "still sealed after the refusal");
        JsonObject after = boardJson(year);
        assertEquals(fingerprint, after.getString("fingerprint"));
        assertTrue(after.isNull("result") && after.getJsonArray("ballots").isEmpty(), "nothing published while the vote runs");

        // The next edition has no urn yet: the naming form refuses a bad list next to its fields.
        int next = DemoEditionsApi.all().stream().mapToInt(c -> c.getInt("year")).max().orElseThrow();
        assertNotEquals(year, next);
        browser.open("/admin/urn?year=" + next);
        browser.screenshot("157-admin-urn-prepare");
        assertEquals("Cette édition n'a pas encore d'urne chiffrée.", textOf("no-urn"));
        assertEquals("Nommer les détenteurs de clé", textOf("prepare-title"));
        assertEquals("2", browser.driver.findElement(By.id("prepare:threshold")).getAttribute("value"), "2 by default");

        String two = "detenteur-1@demo.budgetcitoyen.fr\ndetenteur-2@demo.budgetcitoyen.fr";
        browser.type("prepare:holders", two);
        browser.type("prepare:threshold", "5");
        browser.submit(By.id("prepare:submit"));
        browser.assertAccessible();
        browser.screenshot("158-admin-urn-prepare-threshold");
        assertEquals("Le nombre de détenteurs nécessaires pour dépouiller doit être compris entre 1 et le nombre de détenteurs nommés.",
                browser.fieldMessage("prepare:threshold"));
        assertTrue(noMessage("prepare:holders"), "nothing to say about the list");
        assertEquals(two, browser.driver.findElement(By.id("prepare:holders")).getAttribute("value"), "what was typed is kept");

        String stranger = "personne-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        browser.type("prepare:holders", "detenteur-1@demo.budgetcitoyen.fr\n" + stranger);
        browser.type("prepare:threshold", "2");
        browser.submit(By.id("prepare:submit"));
        browser.assertAccessible();
        browser.screenshot("159-admin-urn-prepare-unknown");
        assertEquals("Aucun compte actif sur le portail n'a cette adresse e-mail : " + stranger,
                browser.fieldMessage("prepare:holders"));
        assertTrue(noMessage("prepare:threshold"), "nothing to say about the threshold");

        browser.driver.findElement(By.id("prepare:holders")).clear();
        browser.submit(By.id("prepare:submit"));
        assertEquals("Indiquez l'adresse e-mail d'au moins un détenteur de clé.", browser.fieldMessage("prepare:holders"));

        browser.open("/admin/urn?year=" + next);
        assertEquals("Cette édition n'a pas encore d'urne chiffrée.", textOf("no-urn"), "nothing was created");
        assertFalse(browser.driver.findElements(By.id("prepare:submit")).isEmpty(), "the form is still offered");
        assertTrue(browser.driver.findElements(By.id("urn-figures")).isEmpty());

        browser.open("/admin/urn?year=1999");
        assertEquals("Cette édition n'existe pas.", textOf("no-edition"));
    }

    @Test
    void aKeyHolderSeesTheirPlaceAndEveryonesKeysAndOtherResidentsSeeNone() {
        int year = votingYear();
        browser = Browser.desktop();
        browser.open("/board?year=" + year);
        List<String> published = fingerprints("#holders");
        String fingerprint = textOf("election-fingerprint");
        browser.close();

        browser = Browser.desktop();
        browser.signIn(HOLDER_1, PortalSession.DEMO_PASSWORD);
        browser.open("/account");
        browser.submit(By.id("key-holder-link"));
        browser.assertAccessible();
        browser.screenshot("160-key-holder");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/key-holder"), browser.driver.getCurrentUrl());
        assertTrue(browser.driver.findElements(By.id("no-key")).isEmpty(), "a holder is not told they hold no key");

        WebElement holding = browser.driver.findElement(By.id("holding-" + year));
        assertEquals(DemoEditionsApi.voting().getString("title"), holding.findElement(By.tagName("h2")).getText());
        assertEquals("1", figure(holding, "Votre numéro de détenteur"));
        assertEquals(TWO_OF_THREE, figure(holding, "Nécessaires pour dépouiller"));
        assertEquals(SEALED, figure(holding, "État de l'urne"));
        assertEquals("Votre étape : rien à faire", textOf("step-" + year));
        assertTrue(holding.getText().contains("L'urne est scellée : rien à faire pendant le vote."), holding.getText());
        // The command to run at the count is there already, to be tried before the day.
        assertTrue(holding.getText().contains("urn-tool.jar holder") && holding.getText().contains("--year " + year)
                && holding.getText().contains("detenteur-1@demo.budgetcitoyen.fr"), holding.getText());

        List<WebElement> rows = holding.findElements(By.cssSelector("table tbody tr"));
        assertEquals(3, rows.size());
        assertEquals(published, rows.stream().map(r -> r.findElement(By.tagName("code")).getText().strip()).toList(),
                "the holder compares the keys the public board shows");
        assertTrue(rows.get(0).findElement(By.tagName("th")).getText().endsWith("(vous)"), rows.get(0).getText());
        assertFalse(rows.get(1).getText().contains("(vous)") || rows.get(2).getText().contains("(vous)"),
                "only their own line is marked");
        assertEquals(fingerprint, figure(holding, "Empreinte de l'élection"));
        assertTrue(browser.driver.findElements(By.id("compare:submit")).isEmpty(), "nothing left to confirm once sealed");

        // A resident who holds no key: the empty state.
        String resident = Voters.register(MAIL, LocalDate.of(1975, 9, 30));
        browser.close();
        browser = Browser.desktop();
        browser.signIn(resident, Voters.PASSWORD);
        browser.open("/key-holder");
        browser.screenshot("161-key-holder-none");
        assertEquals("Vous ne détenez de clé pour l'urne d'aucune édition. Les détenteurs de clé sont nommés par la Mission ESS.",
                textOf("no-key"));
        assertTrue(browser.driver.findElements(By.cssSelector("section[id^='holding-']")).isEmpty(), text());
    }
}
