package fr.budgetcitoyen.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A launch-day crowd (issue 19): anonymous visitors reading the public pages make no HTTP session — none is sent,
 * none is counted by the server — while a signed-in resident's pages keep their state, and forms still work.
 */
@ExtendWith(ArquillianExtension.class)
class StatelessPagesIT {

    private static final List<String> PUBLIC = List.of("/", "/editions", "/edition?year=2021", "/ideas", "/projects",
            "/project?id=1", "/comptoirs", "/ambassadors", "/internships", "/internship?id=1", "/scics", "/cdess",
            "/results", "/impact?year=2018", "/ballots?year=2021", "/board", "/structures", "/structure?id=1",
            "/open-data", "/no-such-page");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void fiftyAnonymousVisitsOfEachPublicPageMakeNoSession() throws Exception {
        int before = activeSessions();
        List<String> stateful = new ArrayList<>();
        for (String page : PUBLIC) {
            for (int i = 0; i < 50; i++) {
                Http.Response response = Http.portal(page);
                assertEquals(page.equals("/no-such-page") ? 404 : 200, response.status(), page);
                if (response.headers().firstValue("Set-Cookie").filter(c -> c.startsWith("JSESSIONID")).isPresent()) {
                    stateful.add(page);
                    break;
                }
            }
        }
        assertTrue(stateful.isEmpty(), "a session was made for " + stateful);
        assertTrue(activeSessions() <= before, "the server counts no new session (" + before + " before)");
    }

    @Test
    void aVisitorSwitchesLanguageOnAPublicPageWithoutASession() throws Exception {
        PortalSession visitor = new PortalSession();
        Http.Response page = visitor.get("/projects");
        assertEquals("stateless", viewState(page.body()), "the view keeps no state");
        Http.Response switched = visitor.post("/projects", Map.of("language", "language", "language:switch", "English",
                "jakarta.faces.ViewState", viewState(page.body())));
        assertEquals(302, switched.status(), switched.body());
        Http.Response english = visitor.get(switched.body().replace(Http.PORTAL, ""));
        assertTrue(english.body().contains("lang=\"en\""), "the choice is kept (a cookie)");
        assertNull(visitor.sessionId(), "still no session");
    }

    @Test
    void aKeptPageGetsAFreshNonceEachTimeAndRevalidates() {
        renderedOnceSettled("/comptoirs");
        Http.Response first = Http.portal("/comptoirs");
        Http.Response second = Http.portal("/comptoirs");
        assertEquals("hit", cache(second), "an anonymous visitor's page is kept");
        String nonce = nonce(second);
        assertNotEquals(nonce(first), nonce, "a nonce is never shared between two answers");
        Matcher inBody = Pattern.compile("nonce=\"([^\"]+)\"").matcher(second.body());
        int scripts = 0;
        while (inBody.find()) {
            assertEquals(nonce, inBody.group(1), "the page's scripts carry the nonce of its own policy");
            scripts++;
        }
        assertTrue(scripts > 0, second.body());
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.contains(nonce), etag);
        assertEquals("no-cache", second.headers().firstValue("Cache-Control").orElse(""));

        Http.Response revalidated = Http.portalWith("/comptoirs", "If-None-Match", etag);
        assertEquals(304, revalidated.status(), "nothing changed: the browser keeps its copy");
        assertEquals(nonce, nonce(revalidated), "and the policy that goes with that copy's scripts");
        assertEquals(200, Http.portalWith("/comptoirs", "If-None-Match", etag.replaceFirst("\"[0-9a-f]", "\"x")).status());
    }

    @Test
    void thePublicApiIsKeptTooAndRevalidates() {
        renderedOnceSettled("/api/campaigns");
        Http.Response kept = Http.portal("/api/campaigns");
        assertEquals("hit", cache(kept), "the published editions are read once per change");
        assertTrue(kept.body().startsWith("[{") && kept.body().contains("\"year\":2021"), kept.body());
        assertTrue(kept.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"),
                "the application's policy, as when it answers itself");
        String etag = kept.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Http.portalWith("/api/campaigns", "If-None-Match", etag).status());
        assertEquals("", cache(Http.portal("/api/campaigns/2021/board")), "the board may be large: never held in memory");
    }

    /**
     * Renders a page once the public content's version has settled: a change made by an earlier test reaches this
     * node's counters within their poll interval (500 ms), and would make the next answer a render, not a hit.
     */
    private static void renderedOnceSettled(String path) {
        Http.portal(path);
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Http.portal(path);
    }

    private static String cache(Http.Response response) {
        return response.headers().firstValue("X-Page-Cache").orElse("");
    }

    private static String nonce(Http.Response response) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), "a policy with a nonce");
        return nonce.group(1);
    }

    @Test
    void signedInPagesKeepTheirStateAndTheirForms() {
        PortalSession resident = new PortalSession();
        assertEquals(302, resident.signIn(PortalSession.demoEmail("RESIDENT"), PortalSession.DEMO_PASSWORD).status());
        renderedOnceSettled("/ideas");
        assertEquals("hit", cache(Http.portal("/ideas")));
        Http.Response projects = resident.get("/projects");
        assertNotEquals("stateless", viewState(projects.body()), "signed in, a page keeps its state as before");
        Http.Response switched = resident.post("/projects", Map.of("language", "language", "language:switch", "English",
                "jakarta.faces.ViewState", viewState(projects.body())));
        assertEquals(302, switched.status(), switched.body());
        assertEquals("miss", cache(Http.portal("/ideas")), "a change (here the account's language) throws the kept pages away");
        Http.Response account = resident.get("/account");
        assertTrue(account.body().contains("lang=\"en\""), "the form worked, the session holds");
        // The demo resident's language is the account's: back to French for the other tests.
        assertEquals(302, resident.post("/account", Map.of("language", "language", "language:switch", "Français",
                "jakarta.faces.ViewState", viewState(account.body()))).status());
        assertTrue(resident.get("/account").body().contains("lang=\"fr\""));
    }

    private static String viewState(String html) {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertTrue(state.find(), "a form with its view state");
        return state.group(1);
    }

    /** The web module's live sessions, as the server's management model counts them (jboss-cli, local). */
    private static int activeSessions() throws IOException, InterruptedException {
        Process cli = new ProcessBuilder(System.getProperty("jboss.home") + "/bin/jboss-cli.sh", "-c",
                "--command=/deployment=budget-citoyen.ear/subdeployment=web.war/subsystem=undertow:read-attribute(name=active-sessions)")
                .redirectErrorStream(true).start();
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, cli.waitFor(), out);
        Matcher result = Pattern.compile("\"result\" => (\\d+)").matcher(out);
        assertTrue(result.find(), out);
        return Integer.parseInt(result.group(1));
    }
}
