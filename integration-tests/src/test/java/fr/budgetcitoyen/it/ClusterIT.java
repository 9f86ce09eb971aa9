package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built server as a cluster (issue 16): a balancer and two members started by {@code cluster/lib.sh} on the
 * suite's PostgreSQL (the database the suite's own server uses), ports moved by 1000. The comptoirs' reminder
 * timer, set to fire every minute on both members at once, mails each registration once — through the outbox,
 * even when the SMTP server is down as the reminders are marked sent; then a resident
 * signed in through the balancer stays signed in, with the same answers, when the node holding their session
 * is killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    private static final int OFFSET = 1000;
    private static final String BALANCER = "http://127.0.0.1:" + (8080 + OFFSET);
    private static Path work;

    @BeforeAll
    static void startCluster() throws Exception {
        String url = System.getenv("DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "a cluster shares one PostgreSQL: run with -Ppostgresql (CI does)");
        work = Files.createTempDirectory("budgetcitoyen-cluster-it");
        bash("cluster_start_balancer; cluster_start_node 1; cluster_wait_node 1 && cluster_start_node 2 && cluster_wait_node 2",
                Duration.ofMinutes(8));
        awaitBalancerRoutes();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (work != null) {
            bash("cluster_stop", Duration.ofMinutes(1));
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void theRemindersTimerOfBothNodesMailsEachRegistrationOnceEvenThroughAnSmtpOutage() throws Exception {
        List<String> residents = List.of("resident@demo.budgetcitoyen.fr", "carrier@demo.budgetcitoyen.fr",
                "ambassador@demo.budgetcitoyen.fr");
        LocalDateTime tomorrow = LocalDate.now().plusDays(1).atTime(10, 0);
        long session;
        MAIL.stop(); // the reminders are decided while no mail can leave
        try (Connection db = database()) {
            // A session tomorrow like the demo's first one, with the three residents confirmed.
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO comptoir_session (campaign_id, territory_code,"
                    + " commune_insee_code, starts_at, ends_at, venue, address, host_structure, workshop, facilitator, capacity,"
                    + " seats_taken) SELECT campaign_id, territory_code, commune_insee_code, ?, ?, 'Salle du cluster', address,"
                    + " host_structure, workshop, facilitator, 10, 3 FROM comptoir_session ORDER BY id LIMIT 1",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setTimestamp(1, Timestamp.valueOf(tomorrow));
                insert.setTimestamp(2, Timestamp.valueOf(tomorrow.plusHours(2)));
                assertEquals(1, insert.executeUpdate(), "the demo has comptoir sessions to copy");
                ResultSet key = insert.getGeneratedKeys();
                key.next();
                session = key.getLong(1);
            }
            for (String email : residents) {
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO comptoir_registration (session_id, account_id,"
                        + " status, registered_at) SELECT ?, id, 'CONFIRMED', now() FROM account WHERE email = ?")) {
                    insert.setLong(1, session);
                    insert.setString(2, email);
                    assertEquals(1, insert.executeUpdate(), email);
                }
            }
            try {
                // Both timers fire at the start of every minute: wait for the reminders, then one more.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
                while (reminded(db, session) < residents.size() && System.nanoTime() < deadline) {
                    TimeUnit.SECONDS.sleep(2);
                }
                assertEquals(residents.size(), reminded(db, session), "every registration reminded; logs under " + work);
                // Marked sent with their mails queued in the same transaction: the failed sending (tried after the
                // commit, so a moment later on a busy machine) lost nothing.
                deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (queued(db, residents) < residents.size() && System.nanoTime() < deadline) {
                    TimeUnit.SECONDS.sleep(1);
                }
                assertEquals(residents.size(), queued(db, residents), "the reminders wait in the outbox");
                MAIL.start();
                deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (queued(db, residents) > 0 && System.nanoTime() < deadline) {
                    TimeUnit.SECONDS.sleep(1);
                }
                assertEquals(0, queued(db, residents), "the outbox sent them once the SMTP server was back");
                TimeUnit.SECONDS.sleep(65); // one more round of reminders and retries on each node: nothing new
            } finally {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM comptoir_session WHERE id = ?")) {
                    delete.setLong(1, session); // the suite's other tests never see it
                    delete.executeUpdate();
                }
            }
        }
        for (String email : residents) {
            long mails = Stream.of(MAIL.getReceivedMessages()).filter(m -> sentTo(m, email))
                    .filter(m -> subject(m).contains("c'est demain")).count();
            assertEquals(1, mails, "reminders mailed to " + email);
        }
    }

    private static int reminded(Connection db, long session) throws SQLException {
        try (PreparedStatement count = db.prepareStatement(
                "SELECT count(*) FROM comptoir_registration WHERE session_id = ? AND reminded_at IS NOT NULL")) {
            count.setLong(1, session);
            ResultSet rows = count.executeQuery();
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int queued(Connection db, List<String> recipients) throws SQLException {
        try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM mail_outbox WHERE recipient = ANY (?)"
                + " AND subject LIKE '%demain%' AND attempts > 0")) {
            count.setArray(1, db.createArrayOf("varchar", recipients.toArray()));
            ResultSet rows = count.executeQuery();
            rows.next();
            return rows.getInt(1);
        }
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            return Stream.of(message.getAllRecipients()).anyMatch(a -> a.toString().contains(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    @Test
    @Order(2)
    void failedSignInsCountOnEveryNode() throws Exception {
        String wrong = "{\"email\":\"inconnu-" + System.nanoTime() + "@example.org\",\"password\":\"pas-le-bon\"}";
        int delayed = 0;
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> failed = new Client(node(i % 2 + 1)).send("POST", "/api/sessions", wrong);
            if (failed.statusCode() == 429) { // the growing delay, counted from the failure the other node saw
                delayed++;
                for (int tries = 0; failed.statusCode() == 429 && tries < 3; tries++) {
                    TimeUnit.SECONDS.sleep(Long.parseLong(failed.headers().firstValue("Retry-After").orElseThrow()) + 1);
                    failed = new Client(node(i % 2 + 1)).send("POST", "/api/sessions", wrong);
                }
            }
            assertEquals(401, failed.statusCode(), "attempt " + i + ": " + failed.body());
        }
        assertEquals(3, delayed, "from the second failure on, each node made the next try wait");
        // Five failures shared between the nodes: each has seen fewer than five, both refuse the sixth.
        assertEquals(429, new Client(node(1)).send("POST", "/api/sessions", wrong).statusCode());
        assertEquals(429, new Client(node(2)).send("POST", "/api/sessions", wrong).statusCode());
    }

    private static String node(int i) {
        return "http://127.0.0.1:" + (8080 + OFFSET + 100 * i);
    }

    @Test
    @Order(3)
    void aChangeOnOneNodeThrowsAwayThePagesTheOtherKept() throws Exception {
        Client visitor = new Client(node(2));
        visitor.send("GET", "/ideas", null);
        assertEquals("hit", cache(visitor.send("GET", "/ideas", null)), "node 2 keeps the page for anonymous visitors");
        Client resident = new Client(node(1));
        assertEquals(204, resident.send("POST", "/api/sessions", "{\"email\":\"resident@demo.budgetcitoyen.fr\",\"password\":\""
                + PortalSession.DEMO_PASSWORD + "\"}").statusCode());
        switchLanguage(resident, "English"); // a write on node 1: the account's language
        String outcome = "hit";
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); outcome.equals("hit") && System.nanoTime() < end; ) {
            TimeUnit.MILLISECONDS.sleep(100);
            outcome = cache(visitor.send("GET", "/ideas", null));
        }
        assertEquals("miss", outcome, "node 2 threw its page away within its poll interval (half a second)");
        switchLanguage(resident, "Français");
    }

    private static void switchLanguage(Client signedIn, String to) throws Exception {
        String page = signedIn.send("GET", "/projects", null).body();
        HttpResponse<String> switched = signedIn.form("/projects", "language=language&language%3Aswitch="
                + URLEncoder.encode(to, StandardCharsets.UTF_8) + "&jakarta.faces.ViewState="
                + URLEncoder.encode(PortalSession.viewState(page), StandardCharsets.UTF_8));
        assertEquals(302, switched.statusCode(), switched.body());
    }

    private static String cache(HttpResponse<String> response) {
        return response.headers().firstValue("X-Page-Cache").orElse("");
    }

    @Test
    @Order(4)
    void aSignedInSessionSurvivesTheDeathOfItsNode() throws Exception {
        Client resident = new Client();
        HttpResponse<String> signIn = resident.send("POST", "/api/sessions",
                "{\"email\":\"resident@demo.budgetcitoyen.fr\",\"password\":\"" + PortalSession.DEMO_PASSWORD + "\"}");
        assertEquals(204, signIn.statusCode(), signIn.body());
        HttpResponse<String> before = resident.send("GET", "/api/urn/pseudonym", null);
        assertEquals(200, before.statusCode(), before.body());
        String node = resident.route();
        assertTrue(node.equals("node1") || node.equals("node2"), "the session id names its node: " + node);

        bash("cluster_kill_node " + node.substring(4), Duration.ofSeconds(30));

        // The balancer notices within seconds; the session is then served by the other node, still signed in.
        HttpResponse<String> after = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            after = resident.send("GET", "/api/urn/pseudonym", null);
            if (after.statusCode() != 503) {
                break;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        assertEquals(200, after.statusCode(), "still signed in after " + node + " died: " + after.body());
        assertEquals(pseudonym(before), pseudonym(after));
        assertNotEquals(node, resident.route(), "the other node now holds the session");
    }

    private static String pseudonym(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("pseudonym");
        }
    }

    private static void awaitBalancerRoutes() throws Exception {
        Client anyone = new Client();
        for (int attempt = 0; attempt < 60; attempt++) {
            if (anyone.send("GET", "/api/campaigns", null).statusCode() == 200) {
                return;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        throw new AssertionError("the balancer never routed to a node; logs under " + work);
    }

    /** Runs functions of cluster/lib.sh from the repository's root; fails with the output if they fail. */
    private static void bash(String commands, Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", ". cluster/lib.sh && " + commands)
                .directory(Path.of(System.getProperty("project.root", "..")).toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("lib.out").toFile());
        builder.environment().put("CLUSTER_WORK", work.toString());
        builder.environment().put("CLUSTER_OFFSET", String.valueOf(OFFSET));
        builder.environment().put("CLUSTER_JVM", "-Xms64m -Xmx400m");
        builder.environment().put("BUDGETCITOYEN_COMPTOIR_REMINDERS_HOUR", "*");
        builder.environment().put("BUDGETCITOYEN_COMPTOIR_REMINDERS_MINUTE", "*");
        builder.environment().put("BUDGETCITOYEN_MAIL_RETRY_SECONDS", "3");
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new AssertionError("cluster/lib.sh: " + commands + " failed:\n" + Files.readString(work.resolve("lib.out")));
        }
    }

    /** A client of the balancer with its own cookies. */
    private static final class Client {
        private final String base;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5)).build();

        Client() {
            this(BALANCER);
        }

        Client(String base) {
            this.base = base;
        }

        HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> form(String path, String urlEncoded) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(urlEncoded)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The node named at the end of the session id (WildFly's route: {@code id.node1}). */
        String route() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).map(v -> v.substring(v.lastIndexOf('.') + 1)).findFirst().orElse("");
        }
    }
}
