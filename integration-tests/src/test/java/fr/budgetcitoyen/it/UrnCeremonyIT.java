package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The urn's whole ceremony with the key holders' tool, run after the rest of the suite by its own
 * execution whose server clock is a month later (pom): the demo's current edition's vote is over.
 * Three new holders make the next edition's key with the tool and compare their fingerprints; then the
 * current edition's urn, which the suite voted in, is closed, two of its three demo holders decrypt with
 * the tool, and the verifier checks the public board, and catches a tampered one.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1) // before AllocationBrowserIT, which shares the envelope of the edition counted here
class UrnCeremonyIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** The demo's current edition, read before any test here seals another: the latest with a sealed urn. */
    private static Integer voted;

    private static int votedYear() {
        if (voted == null) {
            voted = DemoEditionsApi.all().stream().mapToInt(c -> c.getInt("year"))
                    .filter(year -> Http.portal("/api/campaigns/" + year + "/board").status() == 200).max().orElseThrow();
        }
        return voted;
    }

    /** The demo's next edition, whose files and labelling run (the workflow's test may have put projects on its ballot). */
    private static int nextYear() {
        return votedYear() + 1;
    }

    @Test
    @Order(1)
    void threeHoldersMakeTheKeyWithTheToolAndCompareTheirFingerprints() throws Exception {
        votedYear();
        int year = nextYear();
        List<String> holders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            holders.add(Voters.register(MAIL, LocalDate.of(1970 + i, 1, 1)));
        }
        PortalSession agent = agent();
        Http.Response prepared = agent.json("POST", "/api/urn/" + year + "/holders",
                "{\"threshold\":2,\"holders\":[\"" + String.join("\",\"", holders) + "\"]}");
        assertEquals(201, prepared.status(), prepared.body());
        Http.Response twice = agent.json("POST", "/api/urn/" + year + "/holders", "{\"threshold\":2,\"holders\":[]}");
        assertEquals(409, twice.status(), twice.body());

        Path keys = Files.createTempDirectory("urn-keys");
        String last = "";
        for (String step : List.of("CERT", "POLYNOMIAL", "VOUTPUT")) {
            for (int i = 0; i < 3; i++) {
                Tool.Run run = Tool.run("holder", "--server", Http.PORTAL, "--year", String.valueOf(year),
                        "--email", holders.get(i), "--key", keys.resolve("holder-" + (i + 1) + ".key").toString());
                assertEquals(0, run.exit(), step + " of holder " + (i + 1) + ":\n" + run.output());
                last = run.output();
            }
        }
        List<String> seed = Files.readAllLines(keys.resolve("holder-1.key")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertTrue(seed.size() == 1 && seed.get(0).strip().matches("[1-9A-HJ-NP-Za-km-z]{22}"),
                "the seed stays in the holder's file: " + seed);
        assertTrue(last.matches("(?s).*([0-9A-Za-z+/]{4} ){3}[0-9A-Za-z+/]{4}.*"), "fingerprints to compare aloud:\n" + last);

        PortalSession first = Voters.apiSession(holders.get(0));
        JsonObject view = first.get("/api/urn/" + year + "/ceremony").json(JsonObject.class);
        assertEquals("COMPARE", view.getString("step"), view.toString());
        assertEquals(3, view.getJsonArray("fingerprints").size());
        Http.Response early = agent.json("POST", "/api/urn/" + year + "/seal", "");
        assertEquals(409, early.status(), "not before every holder compared: " + early.body());
        for (String holder : holders) {
            Http.Response compared = Voters.apiSession(holder).json("POST", "/api/urn/" + year + "/ceremony",
                    "{\"step\":\"COMPARE\",\"message\":{}}");
            assertEquals(200, compared.status(), compared.body());
        }
        // Sealed if the next edition has projects on its ballot (the workflow's test validates some), else refused.
        boolean projects = !Http.portal("/api/campaigns/" + year + "/projects").json(jakarta.json.JsonArray.class).isEmpty();
        Http.Response seal = agent.json("POST", "/api/urn/" + year + "/seal", "");
        if (projects) {
            assertEquals(200, seal.status(), seal.body());
            assertEquals("SEALED", seal.json(JsonObject.class).getString("status"));
            String election = Http.portal("/api/campaigns/" + year + "/election").body();
            assertEquals(fr.budgetcitoyen.urn.Group.hashJson(election), seal.json(JsonObject.class).getString("fingerprint"));
            Http.Response twiceSealed = agent.json("POST", "/api/urn/" + year + "/seal", "");
            assertEquals(409, twiceSealed.status(), twiceSealed.body());
        } else {
            assertEquals(409, seal.status(), "no project on the next edition's ballot: " + seal.body());
            assertTrue(seal.body().contains("projet"), seal.body());
        }
        Http.Response stranger = Voters.apiSession(Voters.register(MAIL, LocalDate.of(1990, 1, 1)))
                .get("/api/urn/" + year + "/ceremony");
        assertEquals(403, stranger.status(), "someone who holds no key: " + stranger.body());
    }

    @Test
    @Order(2)
    void twoOfThreeHoldersCountTheClosedUrnAndAnyoneVerifiesIt() throws Exception {
        int year = votedYear();
        Http.Response closed = agent().json("POST", "/api/urn/" + year + "/close", "");
        assertEquals(200, closed.status(), closed.body());
        assertEquals("COUNTING", closed.json(JsonObject.class).getString("status"));

        for (int holder = 1; holder <= 2; holder++) {
            Path seed = Path.of(System.getProperty("it.data.dir"), "budgetcitoyen", "demo-key-holders",
                    year + "-holder-" + holder + ".key");
            Tool.Run run = Tool.run("holder", "--server", Http.PORTAL, "--year", String.valueOf(year),
                    "--email", "detenteur-" + holder + "@demo.budgetcitoyen.fr", "--key", seed.toString());
            assertEquals(0, run.exit(), "holder " + holder + " decrypts:\n" + run.output());
        }
        JsonObject board = Http.portal("/api/campaigns/" + year + "/board").json(JsonObject.class);
        assertTrue(board.get("result") instanceof JsonObject, "counted: " + board.get("result"));
        long ballots = board.getJsonArray("ballots").size();
        long counted = board.getJsonObject("result").getJsonArray("result").stream()
                .flatMap(row -> row.asJsonArray().stream()).mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
        assertTrue(ballots > 0, "the suite voted in this edition");
        assertEquals(ballots, counted, "one vote counted per ballot");

        // The counts feed the allocation's inputs and the pabulib file: one approval per voter and category.
        Http.Response pabulib = Http.portal("/api/campaigns/" + year + "/ballots.pb?category=COOPERATION");
        assertEquals(200, pabulib.status(), pabulib.body());
        long approvals = pabulib.body().lines().dropWhile(l -> !l.startsWith("VOTES")).skip(2).filter(l -> !l.isBlank()).count();
        long cooperation = board.getJsonObject("result").getJsonArray("result").getJsonArray(
                questionOf(board, "COOPERATION")).stream().mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
        assertEquals(cooperation, approvals, pabulib.body());

        Tool.Run verified = Tool.run("verify", "--server", Http.PORTAL, "--year", String.valueOf(year));
        assertEquals(0, verified.exit(), verified.output());
        assertTrue(verified.output().strip().endsWith("vérifié"), verified.output());

        // The same board with one ciphertext changed: the verifier says what failed.
        String json = Http.portal("/api/campaigns/" + year + "/board").body();
        String alpha = board.getJsonArray("ballots").getJsonObject(0).getJsonArray("choices").getJsonObject(0).getString("alpha");
        String other = board.getJsonArray("ballots").getJsonObject(0).getJsonArray("choices").getJsonObject(0).getString("beta");
        Path tampered = Files.createTempFile("board", ".json");
        Files.writeString(tampered, json.replaceFirst(alpha, other));
        Tool.Run caught = Tool.run("verify", "--board", tampered.toString());
        assertEquals(1, caught.exit(), caught.output());
        assertTrue(caught.output().contains("échec"), caught.output());
    }

    private static int questionOf(JsonObject board, String category) {
        JsonObject election = jakarta.json.Json.createReader(new java.io.StringReader(board.getString("election"))).readObject();
        List<String> categories = election.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .map(q -> q.getString("category")).toList();
        assertTrue(categories.contains(category), categories.toString());
        return categories.indexOf(category);
    }

    private static PortalSession agent() {
        PortalSession agent = new PortalSession();
        Http.Response signedIn = agent.json("POST", "/api/sessions",
                "{\"email\":\"" + PortalSession.demoEmail("AGENT") + "\",\"password\":\"" + PortalSession.DEMO_PASSWORD + "\"}");
        assertEquals(204, signedIn.status(), signedIn.body());
        return agent;
    }

    /** The key holders' tool, as its users run it: {@code java -jar urn-tool.jar …}. */
    static final class Tool {

        record Run(int exit, String output) {
        }

        static Run run(String... arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", System.getProperty("urn.tool.jar")));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            String email = indexOf(arguments, "--email");
            builder.environment().put("URN_PASSWORD", email != null && email.endsWith("@demo.budgetcitoyen.fr")
                    ? PortalSession.DEMO_PASSWORD : Voters.PASSWORD);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("urn-tool did not finish: " + output);
            }
            return new Run(process.exitValue(), output);
        }

        private static String indexOf(String[] arguments, String flag) {
            for (int i = 0; i + 1 < arguments.length; i++) {
                if (arguments[i].equals(flag)) {
                    return arguments[i + 1];
                }
            }
            return null;
        }
    }
}
