package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vote through the JSON API, against the real server: receipts, refusals, and one vote under fire. */
@ExtendWith(ArquillianExtension.class)
class VoteApiIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static List<JsonObject> ballotProjects() {
        int year = DemoEditionsApi.voting().getInt("year");
        return Http.portal("/api/campaigns/" + year + "/projects").json(JsonArray.class).getValuesAs(JsonObject.class);
    }

    private static JsonObject firstIn(String category) {
        return ballotProjects().stream().filter(p -> p.getString("category").equals(category)).findFirst().orElseThrow();
    }

    private static String vote(String category, long project) {
        return "{\"category\":\"" + category + "\",\"project\":" + project + "}";
    }

    @Test
    void theBallotListsTheValidatedProjectsWithoutAnyCount() {
        List<JsonObject> projects = ballotProjects();
        assertEquals(12, projects.size());
        assertTrue(projects.stream().noneMatch(p -> p.containsKey("votes")), projects.toString());
        int year = DemoEditionsApi.voting().getInt("year");
        Http.Response ballots = Http.portal("/api/campaigns/" + year + "/ballots");
        assertEquals(403, ballots.status(), "no ballot published while the vote runs");
    }

    @Test
    void aResidentVotesOncePerCategoryAndGetsAReceipt() {
        String email = Voters.register(MAIL, LocalDate.of(1990, 3, 14));
        PortalSession voter = Voters.apiSession(email);
        JsonObject project = firstIn("COOPERATION");
        Http.Response cast = voter.json("POST", "/api/votes", vote("COOPERATION", project.getInt("id")));
        assertEquals(201, cast.status(), cast.body());
        String receipt = cast.json(JsonObject.class).getString("receipt");
        assertTrue(receipt.matches(Voters.TRACKER), receipt);
        assertEquals(receipt, cast.json(JsonObject.class).getString("tracker"));

        Http.Response again = voter.json("POST", "/api/votes", vote("COOPERATION", project.getInt("id")));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.body().contains("ALREADY_VOTED") && again.body().contains("déjà voté"), again.body());

        JsonObject other = firstIn("INNOVATION_SOCIALE");
        Http.Response mailed = voter.json("POST", "/api/votes",
                "{\"category\":\"INNOVATION_SOCIALE\",\"project\":" + other.getInt("id") + ",\"mailReceipt\":true}");
        assertEquals(201, mailed.status(), mailed.body());
        String mailedReceipt = mailed.json(JsonObject.class).getString("receipt");
        String mail = Mailbox.mailContaining(MAIL, email, mailedReceipt);
        assertTrue(mail.contains("Innovation sociale") && mail.contains("/board"), mail);
        assertTrue(Mailbox.allMailsTo(MAIL, email).stream().noneMatch(b -> b.contains(receipt)),
                "the receipt of a vote cast without mailReceipt is never mailed");
    }

    @Test
    void badChoicesAndBadBodiesAreRefusedWithA4xxAndNothingIsRecorded() {
        PortalSession voter = Voters.newResident(MAIL, LocalDate.of(1985, 7, 1));
        long cooperation = firstIn("COOPERATION").getInt("id");
        ServerLog log = ServerLog.mark();
        Map<String, Integer> expected = Map.of(
                vote("INNOVATION_SOCIALE", cooperation), 422,
                "{\"category\":\"COOPERATION\",\"project\":" + cooperation + ".5}", 400,
                vote("COOPERATION", 999_999), 422,
                vote("NO_SUCH_CATEGORY", cooperation), 422,
                "{\"category\": \"COOPERATION\", ", 400,
                "{}", 400,
                // a lenient reader took "yes" for false and mailed nothing: a wrong type is refused
                "{\"category\":\"COOPERATION\",\"project\":" + cooperation + ",\"mailReceipt\":\"yes\"}", 400,
                "{\"category\":\"COOPERATION\",\"project\":" + cooperation + ",\"mailReceipt\":1}", 400,
                "{\"category\":\"" + "x".repeat(100_000) + "\",\"project\":1}", 413);
        List<String> wrong = new ArrayList<>();
        expected.forEach((body, status) -> {
            Http.Response response = voter.json("POST", "/api/votes", body);
            if (response.status() != status || status == 413 && !response.body().contains("trop volumineuse")) {
                wrong.add(body.substring(0, Math.min(60, body.length())) + " -> " + response.status() + " " + response.body());
            }
            if (!response.contentType().startsWith("application/json")) {
                wrong.add(body + " answered " + response.contentType());
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        Http.Response chunked = voter.chunkedJson("/api/votes", vote("COOPERATION", cooperation).replace("}",
                ",\"padding\":\"" + "x".repeat(100_000) + "\"}"));
        assertEquals(413, chunked.status(), "a chunked body over the limit: " + chunked.body());
        assertTrue(chunked.body().contains("trop volumineuse"), chunked.body());
        assertEquals(List.of(), log.errorsSince(), "a refusal is an answer, not a fault for the server log");
        assertEquals(201, voter.json("POST", "/api/votes", vote("COOPERATION", cooperation)).status(),
                "none of the refused attempts counted as the voter's vote");
    }

    @Test
    void anonymousAndIneligibleVotersAreRefused() {
        long cooperation = firstIn("COOPERATION").getInt("id");
        Http.Response anonymous = new PortalSession().json("POST", "/api/votes", vote("COOPERATION", cooperation));
        assertEquals(401, anonymous.status(), anonymous.body());
        assertTrue(anonymous.contentType().startsWith("application/json") && anonymous.body().contains("POST /api/sessions"),
                anonymous.contentType() + " " + anonymous.body());

        PortalSession teenager = Voters.newResident(MAIL, LocalDate.now().minusYears(16));
        assertEquals(201, teenager.json("POST", "/api/votes", vote("COOPERATION", cooperation)).status(),
                "16 is old enough");
    }

    @Test
    void aResidentWhoMovedAwayIsToldWhyAndWhereToFixIt() {
        PortalSession voter = Voters.newResident(MAIL, LocalDate.of(1983, 8, 8));
        java.util.Map<String, String> move = new java.util.LinkedHashMap<>();
        move.put("move", "move");
        move.put("move:postalCode", "");
        move.put("move:outside", "on");
        move.put("move:submit", "Enregistrer ma commune");
        move.put("jakarta.faces.ViewState", PortalSession.viewState(voter.get("/account").body()));
        assertEquals(302, voter.post("/account", move).status(), "the move is saved and the page redirects");

        Http.Response refused = voter.json("POST", "/api/votes", vote("COOPERATION", firstIn("COOPERATION").getInt("id")));
        assertEquals(403, refused.status(), refused.body());
        JsonObject body = refused.json(JsonObject.class);
        assertEquals("LIVES_OUTSIDE", body.getJsonArray("reasons").getString(0));
        assertTrue(body.getString("message").contains("hors du Pas-de-Calais"), body.toString());
        assertEquals("/account#commune-title", body.getJsonObject("wayOut").getJsonObject("LIVES_OUTSIDE").getString("href"));
    }

    @Test
    void fiftySimultaneousAttemptsOfOneVoterGiveExactlyOneBallot() throws Exception {
        PortalSession voter = Voters.newResident(MAIL, LocalDate.of(1979, 11, 2));
        long project = firstIn("BONNES_PRATIQUES").getInt("id");
        ServerLog log = ServerLog.mark();
        int attempts = 50;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return voter.json("POST", "/api/votes", vote("BONNES_PRATIQUES", project));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Response> f : futures) {
                statuses.add(f.get().status());
            }
            Map<Integer, Long> byStatus = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            assertEquals(Map.of(201, 1L, 409, (long) attempts - 1), byStatus);
            assertEquals(List.of(), log.errorsSince(), "49 clean refusals: nothing for the server log");
        } finally {
            pool.shutdownNow();
        }
        assertFalse(voter.json("POST", "/api/votes", vote("BONNES_PRATIQUES", project)).status() == 201);
    }
}
