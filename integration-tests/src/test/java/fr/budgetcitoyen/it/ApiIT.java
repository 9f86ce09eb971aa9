package fr.budgetcitoyen.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read-only JSON API, the readiness probe and the error pages, over HTTP against the real server. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void listsThePublicEditionsMostRecentFirst() {
        Http.Response response = Http.portal("/api/campaigns");
        assertEquals(200, response.status());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        List<Integer> years = response.json(JsonArray.class).getValuesAs(JsonObject.class).stream()
                .map(c -> c.getInt("year")).toList();
        assertTrue(years.containsAll(List.of(2018, 2021)), years.toString());
        assertEquals(years.stream().sorted((a, b) -> b - a).toList(), years);
    }

    @Test
    void theCurrentEditionIsInTheVoteWithItsBallot() {
        JsonObject current = DemoEditionsApi.voting();
        assertEquals("RUNNING", current.getString("progress"));
        JsonObject detail = Http.portal(current.getString("href")).json(JsonObject.class);
        assertEquals(12, detail.getInt("projectsOnBallot"));
        long currentPhases = detail.getJsonArray("phases").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getBoolean("current")).count();
        assertEquals(1, currentPhases);
    }

    @Test
    void the2018EditionHasTheFiguresOfTheSeeds() {
        JsonObject edition = Http.portal("/api/campaigns/2018").json(JsonObject.class);
        assertEquals(0, new BigDecimal("352151").compareTo(edition.getJsonNumber("envelope").bigDecimalValue()));
        assertEquals("COMPLETED", edition.getString("progress"));
        assertEquals(4000, edition.getJsonObject("reportedFigures").getInt("voters"));
        JsonObject vote = edition.getJsonArray("phases").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("type").equals("VOTE")).findFirst().orElseThrow();
        assertEquals("2018-09-05", vote.getString("start"));
        assertEquals("2018-09-30", vote.getString("end"));
        List<JsonObject> categories = edition.getJsonArray("categories").getValuesAs(JsonObject.class);
        assertEquals(3, categories.size());
        assertEquals(List.of(new BigDecimal("15000"), new BigDecimal("15000"), new BigDecimal("20000")),
                categories.stream().map(c -> c.getJsonNumber("ceiling").bigDecimalValue().stripTrailingZeros()
                        .setScale(0)).toList());
    }

    /** The demo's past editions went through computation, validation and publication: results anyone can recount. */
    @Test
    void thePastEditionsPublishResultsCountedFromTheirPublishedBallots() {
        for (int year : List.of(2018, 2021)) {
            Http.Response response = Http.portal("/api/campaigns/" + year + "/results");
            assertEquals(200, response.status(), year + ": " + response.body());
            JsonObject results = response.json(JsonObject.class);
            assertEquals("GREEDY/per-category/0", results.getString("rule"), year + " under the default rule");
            assertTrue(results.getString("deliberation").startsWith("CP-" + year), results.toString());
            assertTrue(results.getString("decisionDate").startsWith(year + "-12-"), results.toString());
            assertTrue(results.getBoolean("demoBallots"), "the demo's ballots say so");
            assertEquals(64, results.getString("inputsHash").length());

            List<JsonObject> ballots = Http.portal("/api/campaigns/" + year + "/ballots").json(JsonArray.class)
                    .getValuesAs(JsonObject.class);
            assertTrue(!ballots.isEmpty(), year + " has published ballots");
            assertEquals(ballots.size(), results.getJsonNumber("ballots").longValue(), "every published ballot is counted");
            List<JsonObject> grants = results.getJsonArray("grants").getValuesAs(JsonObject.class);
            assertTrue(!grants.isEmpty(), year + " funds projects");
            int projects = Http.portal("/api/campaigns/" + year + "/projects").json(JsonArray.class).size();
            assertTrue(grants.size() < projects, "the envelope does not fund all " + projects + " projects: " + grants.size());
            for (JsonObject grant : grants) {
                long counted = ballots.stream().filter(b -> b.getJsonNumber("project").longValue() == grant.getJsonNumber("project").longValue()).count();
                assertEquals(counted, grant.getJsonNumber("votes").longValue(), grant.getString("title"));
            }
            BigDecimal granted = grants.stream().map(g -> g.getJsonNumber("grant").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, granted.compareTo(results.getJsonNumber("granted").bigDecimalValue()));
            assertTrue(granted.compareTo(results.getJsonNumber("envelope").bigDecimalValue()) <= 0, "within the envelope");
            assertEquals(200, Http.portal("/api/campaigns/" + year + "/results.csv").status());
        }
        assertEquals(900, Http.portal("/api/campaigns/2021/results").json(JsonObject.class).getJsonNumber("ballots").longValue(),
                "2021's 300 demo voters, one ballot per category");
        assertEquals(404, Http.portal("/api/campaigns/" + DemoEditionsApi.voting().getInt("year") + "/results").status(),
                "nothing while the vote runs");
    }

    /** 2018's results as a spreadsheet: the same grants as the JSON, read back as a spreadsheet program reads them. */
    @Test
    void theResultsSpreadsheetHoldsTheSameGrants() throws IOException {
        List<JsonObject> grants = Http.portal("/api/campaigns/2018/results").json(JsonObject.class).getJsonArray("grants")
                .getValuesAs(JsonObject.class);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(Http.bytes("/api/campaigns/2018/results.xlsx")))) {
            assertEquals("Résultats 2018", workbook.getFirstSheet().getName());
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(List.of("rank", "project_id", "title", "category", "territory", "votes", "grant_eur"),
                    rows.get(0).stream().map(Cell::getText).toList());
            assertEquals(grants.size() + 1, rows.size());
            for (int i = 0; i < grants.size(); i++) {
                JsonObject grant = grants.get(i);
                Row row = rows.get(i + 1);
                assertEquals(grant.getString("title"), row.getCellAsString(2).orElseThrow());
                assertEquals(grant.getJsonNumber("votes").longValue(), row.getCellAsNumber(5).orElseThrow().longValueExact());
                assertEquals(0, grant.getJsonNumber("grant").bigDecimalValue().compareTo(row.getCellAsNumber(6).orElseThrow()),
                        grant.getString("title"));
            }
        }
    }

    @Test
    void anUnknownEditionIsA404WithAMessage() {
        Http.Response response = Http.portal("/api/campaigns/1999");
        assertEquals(404, response.status());
        JsonObject error = response.json(JsonObject.class);
        assertEquals(404, error.getInt("status"));
        assertTrue(error.getString("message").contains("1999"), error.getString("message"));
    }

    @Test
    void aPabulibFileAsksForItsCategoryAndNamesThem() {
        Http.Response missing = Http.portal("/api/campaigns/2018/ballots.pb");
        assertEquals(400, missing.status(), missing.body());
        assertTrue(missing.json(JsonObject.class).getString("message").contains("INNOVATION_SOCIALE"), missing.body());
        Http.Response unknown = Http.portal("/api/campaigns/2018/ballots.pb?category=NOPE");
        assertEquals(404, unknown.status(), unknown.body());
        String message = unknown.json(JsonObject.class).getString("message");
        assertTrue(message.contains("NOPE") && message.contains("INNOVATION_SOCIALE"), message);
        assertEquals(200, Http.portal("/api/campaigns/2018/ballots.pb?category=INNOVATION_SOCIALE").status());
    }

    @Test
    void aMalformedYearIsA404NotAStackTrace() {
        Http.Response response = Http.portal("/api/campaigns/deux-mille");
        assertEquals(404, response.status());
        assertFalse(response.body().contains("Exception"), response.body());
        assertTrue(response.json(JsonObject.class).getString("message").contains("introuvable"),
                "JAX-RS' own refusals are in French too: " + response.body());
    }

    @Test
    void theTerritoriesCoverThe887CommunesOfTheDepartement() {
        List<JsonObject> territories = Http.portal("/api/territories").json(JsonArray.class)
                .getValuesAs(JsonObject.class);
        assertEquals(8, territories.size());
        assertEquals(887, territories.stream().mapToInt(t -> t.getInt("communes")).sum());
        assertEquals(1_457_905L, territories.stream().mapToLong(t -> t.getJsonNumber("population").longValue()).sum());
        assertTrue(territories.stream().anyMatch(t -> t.getString("name").equals("Hénin-Carvin")
                && t.getString("code").equals("henin-carvin")));
    }

    @Test
    void theReadinessProbeChecksTheDatabaseAndTheMigrations() {
        Http.Response response = Http.get(Http.MANAGEMENT + "/health/ready");
        assertEquals(200, response.status(), response.body());
        JsonObject check = response.json(JsonObject.class).getJsonArray("checks").getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("name").equals("budget-citoyen-database")).findFirst()
                .orElseThrow(() -> new AssertionError("no database check in " + response.body()));
        assertEquals("UP", check.getString("status"));
        assertEquals(0, check.getJsonObject("data").getInt("pendingMigrations"));
    }

    @Test
    void unknownPagesGetTheFriendly404Page() {
        Http.Response response = Http.portal("/cette-page-n-existe-pas");
        assertEquals(404, response.status());
        assertTrue(response.body().contains("Page introuvable"), response.body());
        Http.Response edition = Http.portal("/edition?year=1999");
        assertEquals(404, edition.status());
        assertTrue(edition.body().contains("Page introuvable"));
        assertEquals(404, Http.portal("/edition?year=%3Cscript%3E").status());
    }

    @Test
    void anExpiredOrForgedViewStateReloadsThePageAndSaysSo() {
        ServerLog log = ServerLog.mark();
        PortalSession visitor = new PortalSession();
        Http.Response response = visitor.post("/", Map.of("language", "language", "language:switch", "English",
                "jakarta.faces.ViewState", "-1:-1"));
        assertEquals(3, response.status() / 100, "the page is reloaded: " + response.status());
        Http.Response reloaded = visitor.get(response.body().replace(Http.PORTAL, ""));
        assertEquals(200, reloaded.status());
        assertTrue(reloaded.body().contains("vient d&#39;être rechargée") || reloaded.body().contains("vient d'être rechargée"),
                reloaded.body());
        assertTrue(reloaded.body().contains("lang=\"fr\""), "the forged switch to English was not applied");
        assertEquals(List.of(), log.errorsSince(), "an expired page is no fault for the server log");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/api/campaigns", "/login")) {
            java.net.http.HttpResponse<Void> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.PORTAL + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            var headers = response.headers();
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), path);
            headers.allValues("Set-Cookie").forEach(cookie ->
                    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie));
            String scripts = Arrays.stream(headers.firstValue("Content-Security-Policy").orElse("").split(";"))
                    .map(String::strip).filter(d -> d.startsWith("script-src")).findFirst().orElse("");
            assertTrue(scripts.startsWith("script-src 'self'") && !scripts.contains("unsafe"), path + ": " + scripts);
        }
    }

    @Test
    void thePagesScriptsRunOnlyWithTheirOwnNonce() {
        Http.Response home = Http.portal("/");
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'")
                .matcher(home.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), home.headers().toString());
        List<String> scripts = Pattern.compile("<script[^>]*>").matcher(home.body()).results().map(MatchResult::group).toList();
        assertFalse(scripts.isEmpty());
        scripts.forEach(tag -> assertTrue(tag.contains("nonce=\"" + nonce.group(1) + "\""), tag));
        assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(home.body()).find(), "an inline event handler is left");
        assertNotEquals(nonce.group(1), Http.portal("/").headers().firstValue("Content-Security-Policy").orElse("")
                .replaceAll(".*'nonce-([^']+)'.*", "$1"), "a fresh nonce per response");
    }

    @Test
    void scriptsAndStylesheetsAreCompressedVersionedAndKeptAYear() throws Exception {
        Http.Response home = Http.portal("/");
        Matcher stylesheet = Pattern.compile("href=\"(/jakarta.faces.resource/css/site.css[^\"]*)\"").matcher(home.body());
        assertTrue(stylesheet.find(), "site.css is linked");
        String url = stylesheet.group(1).replace("&amp;", "&");
        assertTrue(url.matches(".*[?&]v=[0-9a-f]{12}.*"), "a version in the URL: " + url);
        java.net.http.HttpResponse<byte[]> css = gzipped(url, null);
        assertEquals(200, css.statusCode());
        assertEquals("gzip", css.headers().firstValue("Content-Encoding").orElse(""), url);
        assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"), css.headers().toString());
        String text = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(css.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains(".site-header"), "the stylesheet itself, compressed");
        assertEquals("gzip", gzipped("/api/campaigns", null).headers().firstValue("Content-Encoding").orElse(""));
    }

    /** Seen on /cdess: the browser asked for a favicon the portal did not have. */
    @Test
    void thePortalHasItsIcon() {
        Http.Response ico = Http.portal("/favicon.ico");
        assertEquals(200, ico.status());
        assertTrue(ico.contentType().startsWith("image/"), ico.contentType());
        Matcher icon = Pattern.compile("<link rel=\"icon\" href=\"([^\"]+)\"").matcher(Http.portal("/cdess").body());
        assertTrue(icon.find(), "the pages link their icon");
        Http.Response svg = Http.portal(icon.group(1).replace("&amp;", "&"));
        assertEquals(200, svg.status());
        assertTrue(svg.contentType().startsWith("image/svg+xml"), svg.contentType());
    }

    /** BREACH: a page with the visitor's session (its view state) next to what they typed is never compressed. */
    @Test
    void pagesAreCompressedOnlyForVisitorsWithoutASession() throws Exception {
        java.net.http.HttpResponse<byte[]> first = gzipped("/", null);
        assertEquals("gzip", first.headers().firstValue("Content-Encoding").orElse(""), "a first visit is compressed");
        java.net.http.HttpResponse<byte[]> login = gzipped("/login", null); // a form page: its visitor gets a session
        assertEquals("gzip", login.headers().firstValue("Content-Encoding").orElse(""), "its first answer is compressed");
        String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        java.net.http.HttpResponse<byte[]> again = gzipped("/ideas?q=reflected", session);
        assertEquals(200, again.statusCode());
        assertTrue(again.headers().firstValue("Content-Encoding").isEmpty(), "a page of a session is not compressed");
    }

    private static java.net.http.HttpResponse<byte[]> gzipped(String path, String cookie) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.PORTAL + path))
                .header("Accept-Encoding", "gzip");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theSessionIdNeverLeaksIntoUrls() {
        Http.Response home = Http.portal("/");
        assertEquals(200, home.status());
        assertFalse(home.body().contains("jsessionid"), "session id in a URL");
        assertTrue(home.body().contains("lang=\"fr\""));
        assertTrue(home.body().contains("Budget citoyen"));
    }
}
