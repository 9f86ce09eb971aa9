package fr.budgetcitoyen.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may open what, asserted over HTTP against the running server for anonymous visitors and for each
 * role. Every page of the war and every API resource must appear here: adding one without deciding
 * who may see it fails {@link #everyPageAndResourceIsInTheMatrix()}.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final String ANONYMOUS = "ANONYMOUS";
    private static final List<String> ROLES = List.of("RESIDENT", "CARRIER", "AMBASSADOR", "SCIC_MEMBER",
            "COMPTOIR_HOST", "COMMITTEE_MEMBER", "AGENT", "ADMIN");
    private static final Set<String> EVERYONE = Set.of(ANONYMOUS, "RESIDENT", "CARRIER", "AMBASSADOR", "SCIC_MEMBER",
            "COMPTOIR_HOST", "COMMITTEE_MEMBER", "AGENT", "ADMIN");
    private static final Set<String> SIGNED_IN = Set.copyOf(ROLES);
    private static final Set<String> STAFF = Set.of("AGENT", "ADMIN");

    /** Page or resource template → a concrete URL and who may open it. */
    private static final Map<String, Entry> MATRIX = new LinkedHashMap<>();

    /** A page and who may open it; {@code okStatus} is what those get (404 for someone else's object). */
    private record Entry(String url, Set<String> allowed, int okStatus) {
        Entry(String url, Set<String> allowed) {
            this(url, allowed, 200);
        }
    }

    static {
        for (String page : List.of("/index", "/editions", "/login", "/register", "/registered", "/forgot-password",
                "/reset-password", "/confirm", "/consent", "/confirm-email-change", "/deleted", "/consent-asked", "/sign-in-link")) {
            MATRIX.put(page, new Entry(page.equals("/index") ? "/" : page, EVERYONE));
        }
        MATRIX.put("/edition", new Entry("/edition?year=2018", EVERYONE));
        MATRIX.put("/account", new Entry("/account", SIGNED_IN));
        MATRIX.put("/complete-profile", new Entry("/complete-profile", SIGNED_IN));
        MATRIX.put("/link-provider", new Entry("/link-provider", SIGNED_IN));
        MATRIX.put("/vote", new Entry("/vote", SIGNED_IN));
        MATRIX.put("/ideas", new Entry("/ideas", EVERYONE));
        MATRIX.put("/projects", new Entry("/projects", EVERYONE));
        MATRIX.put("/idea", new Entry("/idea?id=1", EVERYONE));
        MATRIX.put("/new-idea", new Entry("/new-idea", SIGNED_IN));
        MATRIX.put("/my-ideas", new Entry("/my-ideas", SIGNED_IN));
        MATRIX.put("/my-files", new Entry("/my-files", SIGNED_IN));
        MATRIX.put("/my-file", new Entry("/my-file?id=1", SIGNED_IN, 404)); // a demo project: nobody's file
        Set<String> committee = Set.of("COMMITTEE_MEMBER", "AGENT", "ADMIN");
        MATRIX.put("/committee", new Entry("/committee", committee));
        MATRIX.put("/committee-file", new Entry("/committee-file?id=999999", committee, 404));
        MATRIX.put("/project", new Entry("/project?id=1", EVERYONE)); // the first demo project, on the ballot
        MATRIX.put("/admin/ideas", new Entry("/admin/ideas", STAFF));
        MATRIX.put("/admin/campaigns", new Entry("/admin/campaigns", STAFF));
        MATRIX.put("/admin/committee", new Entry("/admin/committee", STAFF));
        MATRIX.put("/admin/turnout", new Entry("/admin/turnout", STAFF));
        MATRIX.put("/admin/allocation", new Entry("/admin/allocation", STAFF));
        MATRIX.put("/admin/home", new Entry("/admin/home", STAFF));
        MATRIX.put("/admin/ambassadors", new Entry("/admin/ambassadors", STAFF));
        MATRIX.put("/ambassadors", new Entry("/ambassadors", EVERYONE));
        MATRIX.put("/ambassador", new Entry("/ambassador?id=1", EVERYONE));
        MATRIX.put("/my-ambassador", new Entry("/my-ambassador", Set.of("AMBASSADOR")));
        MATRIX.put("/internships", new Entry("/internships", EVERYONE));
        MATRIX.put("/internship", new Entry("/internship?id=1", EVERYONE));
        MATRIX.put("/results", new Entry("/results", EVERYONE));
        MATRIX.put("/scics", new Entry("/scics", EVERYONE));
        MATRIX.put("/impact", new Entry("/impact", EVERYONE));
        MATRIX.put("/partners", new Entry("/partners", EVERYONE));
        MATRIX.put("/cdess", new Entry("/cdess", EVERYONE));
        MATRIX.put("/admin/cdess", new Entry("/admin/cdess", STAFF));
        MATRIX.put("/my-partner", new Entry("/my-partner", SIGNED_IN)); // an empty state for accounts without a partner
        MATRIX.put("/admin/partners", new Entry("/admin/partners", STAFF));
        MATRIX.put("/admin/follow-up", new Entry("/admin/follow-up", STAFF));
        MATRIX.put("/admin/grant", new Entry("/admin/grant?id=1", STAFF)); // the demo's first 2018 laureate
        MATRIX.put("/my-report", new Entry("/my-report?project=1", SIGNED_IN, 404)); // nobody's funded project
        MATRIX.put("/api/campaigns/{year}/impact.csv", new Entry("/api/campaigns/2018/impact.csv", EVERYONE));
        MATRIX.put("/admin/surveys", new Entry("/admin/surveys", STAFF));
        MATRIX.put("/admin/new-survey", new Entry("/admin/new-survey", STAFF));
        MATRIX.put("/admin/survey", new Entry("/admin/survey?id=1", STAFF)); // the demo's past impact survey
        MATRIX.put("/survey-answer", new Entry("/survey-answer?token=unknown", EVERYONE)); // says the link is not valid
        MATRIX.put("/scic", new Entry("/scic?id=1", EVERYONE));
        MATRIX.put("/my-scic", new Entry("/my-scic", Set.of("SCIC_MEMBER", "AGENT", "ADMIN")));
        MATRIX.put("/admin/scics", new Entry("/admin/scics", STAFF));
        MATRIX.put("/admin/scic", new Entry("/admin/scic?id=1", STAFF));
        MATRIX.put("/api/scics", new Entry("/api/scics", EVERYONE));
        MATRIX.put("/api/scics/capital.csv", new Entry("/api/scics/capital.csv", STAFF));
        MATRIX.put("/admin/campaign", new Entry("/admin/campaign?year=2018", STAFF));
        MATRIX.put("/comptoirs", new Entry("/comptoirs", EVERYONE));
        MATRIX.put("/ballots", new Entry("/ballots", EVERYONE));
        MATRIX.put("/comptoir", new Entry("/comptoir?id=1", EVERYONE)); // the first demo session
        Set<String> hosts = Set.of("COMPTOIR_HOST", "AGENT", "ADMIN");
        MATRIX.put("/host", new Entry("/host", hosts));
        MATRIX.put("/attendance", new Entry("/attendance?id=1", hosts)); // hosted by the demo host
        MATRIX.put("/assisted-vote", new Entry("/assisted-vote", hosts));
        MATRIX.put("/vote-receipt", new Entry("/vote-receipt", SIGNED_IN));
        MATRIX.put("/key-holder", new Entry("/key-holder", SIGNED_IN)); // an empty state for accounts holding no key
        MATRIX.put("/admin/urn", new Entry("/admin/urn?year=2018", STAFF));
        MATRIX.put("/board", new Entry("/board?year=2018", EVERYONE)); // 2018 has no urn: the empty state
        MATRIX.put("/admin/users", new Entry("/admin/users", STAFF));
        MATRIX.put("/admin/mails", new Entry("/admin/mails", STAFF));
        MATRIX.put("/admin/audit", new Entry("/admin/audit", Set.of("ADMIN")));
        MATRIX.put("/api/campaigns", new Entry("/api/campaigns", EVERYONE));
        MATRIX.put("/api/campaigns/{year}", new Entry("/api/campaigns/2018", EVERYONE));
        MATRIX.put("/api/campaigns/{year}/projects", new Entry("/api/campaigns/2018/projects", EVERYONE));
        MATRIX.put("/api/campaigns/{year}/ballots", new Entry("/api/campaigns/2018/ballots", EVERYONE));
        MATRIX.put("/api/territories", new Entry("/api/territories", EVERYONE));
        // the demo's 2018 edition: its vote is over, its demo ballots counted and its results published
        MATRIX.put("/api/campaigns/{year}/results", new Entry("/api/campaigns/2018/results", EVERYONE));
        MATRIX.put("/api/campaigns/{year}/results.csv", new Entry("/api/campaigns/2018/results.csv", EVERYONE));
        MATRIX.put("/api/campaigns/{year}/results.xlsx", new Entry("/api/campaigns/2018/results.xlsx", EVERYONE));
        MATRIX.put("/api/campaigns/{year}/results.pdf", new Entry("/api/campaigns/2018/results.pdf", EVERYONE));
        MATRIX.put("/api/campaigns/{year}/ballots.pb", new Entry("/api/campaigns/2018/ballots.pb?category=INNOVATION_SOCIALE", EVERYONE));
        MATRIX.put("/api/me/data", new Entry("/api/me/data", SIGNED_IN));
        // 2018 has no urn; the demo's current edition has one, sealed, and its vote is open
        MATRIX.put("/api/campaigns/{year}/board", new Entry("/api/campaigns/2018/board", EVERYONE, 404));
        MATRIX.put("/api/campaigns/{year}/election", new Entry("/api/campaigns/2018/election", EVERYONE, 404));
        MATRIX.put("/api/urn/pseudonym", new Entry("/api/urn/pseudonym", SIGNED_IN));
        MATRIX.put("/api/urn/{year}/ceremony", new Entry("/api/urn/1999/ceremony", SIGNED_IN, 404)); // no such edition
        // the agents' steps are POSTs: a GET is refused as such once signed in
        MATRIX.put("/api/urn/{year}/holders", new Entry("/api/urn/2018/holders", SIGNED_IN, 405));
        MATRIX.put("/api/urn/{year}/seal", new Entry("/api/urn/2018/seal", SIGNED_IN, 405));
        MATRIX.put("/api/urn/{year}/close", new Entry("/api/urn/2018/close", SIGNED_IN, 405));
        // the inventory of labelled structures (issue 20): public directory and record, CSV; merge and split for agents
        MATRIX.put("/structures", new Entry("/structures", EVERYONE));
        MATRIX.put("/structure", new Entry("/structure?id=1", EVERYONE));
        MATRIX.put("/api/structures.csv", new Entry("/api/structures.csv", EVERYONE));
        MATRIX.put("/admin/structures", new Entry("/admin/structures", STAFF));
        MATRIX.put("/admin/structure", new Entry("/admin/structure?id=1", STAFF));
        // research data: signed in, then a grant (none of the role accounts has one: 403 for all); agents' steps are POSTs
        MATRIX.put("/research", new Entry("/research", SIGNED_IN)); // the refusal in words without a grant
        MATRIX.put("/admin/research", new Entry("/admin/research", STAFF));
        MATRIX.put("/open-data", new Entry("/open-data", EVERYONE));
        MATRIX.put("/api/research/projects.csv", new Entry("/api/research/projects.csv", Set.of()));
        MATRIX.put("/api/research/turnout.csv", new Entry("/api/research/turnout.csv", Set.of()));
        MATRIX.put("/api/research/grants", new Entry("/api/research/grants", SIGNED_IN, 405));
        MATRIX.put("/api/research/grants/{id}/revocation", new Entry("/api/research/grants/1/revocation", SIGNED_IN, 405));
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyPageAndResourceIsInTheMatrix() throws IOException {
        Set<String> found = new TreeSet<>(pagesOfTheWar());
        found.addAll(apiResources());
        Set<String> missing = found.stream().filter(p -> !MATRIX.containsKey(p)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "decide who may open " + missing + " and add it to the matrix");
        assertTrue(found.containsAll(MATRIX.keySet()), "the matrix lists pages that no longer exist: "
                + MATRIX.keySet().stream().filter(k -> !found.contains(k)).toList());
    }

    @Test
    void anonymousVisitorsSeeOnlyThePublicPagesAndAreSentToTheLoginPage() {
        PortalSession anonymous = new PortalSession();
        List<String> wrong = new ArrayList<>();
        MATRIX.forEach((template, entry) -> {
            Http.Response response = anonymous.get(entry.url());
            boolean allowed = entry.allowed().contains(ANONYMOUS);
            // A page sends the visitor to the login page; the API answers a JSON 401 that a client can read.
            boolean ok = allowed ? response.status() == entry.okStatus()
                    : isApi(entry) ? response.status() == (entry.okStatus() == 405 ? 405 : 401) // a wrong method, whoever asks
                            && response.contentType().startsWith("application/json")
                    : response.status() == 302 && response.body().endsWith("/login");
            if (!ok) {
                wrong.add(template + " -> " + response.status() + " " + (response.status() == 302 ? response.body() : response.contentType()));
            }
            if (!allowed) {
                missingSecurityHeaders(template, response).ifPresent(wrong::add);
            }
        });
        assertTrue(wrong.isEmpty(), "anonymous: " + wrong);
    }

    @Test
    void eachRoleOpensExactlyWhatItMay() {
        List<String> wrong = new ArrayList<>();
        for (String role : ROLES) {
            PortalSession session = new PortalSession();
            Http.Response login = session.signIn(PortalSession.demoEmail(role), PortalSession.DEMO_PASSWORD);
            assertEquals(302, login.status(), role + " could not sign in");
            MATRIX.forEach((template, entry) -> {
                Http.Response response = session.get(entry.url());
                int status = response.status();
                int expected = entry.allowed().contains(role) ? entry.okStatus() : 403;
                if (status != expected) {
                    wrong.add(role + " " + template + " -> " + status + " (expected " + expected + ")");
                } else if (status == 403) {
                    if (isApi(entry) && !response.contentType().startsWith("application/json")) {
                        wrong.add(role + " " + template + " -> 403 as " + response.contentType() + " (expected JSON)");
                    }
                    missingSecurityHeaders(role + " " + template, response).ifPresent(wrong::add);
                }
            });
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theSessionIdChangesAtLogin() {
        PortalSession session = new PortalSession();
        session.get("/login");
        String before = session.sessionId();
        assertEquals(302, session.signIn(PortalSession.demoEmail("RESIDENT"), PortalSession.DEMO_PASSWORD).status());
        String after = session.sessionId();
        assertTrue(before != null && after != null && !before.equals(after), "session fixation: " + before + " / " + after);
    }

    private static boolean isApi(Entry entry) {
        return entry.url().startsWith("/api/");
    }

    /** Redirects and refusals are responses too: a browser applies their headers (frames, sniffing, scripts). */
    private static java.util.Optional<String> missingSecurityHeaders(String what, Http.Response response) {
        List<String> missing = new ArrayList<>();
        for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy")) {
            if (response.headers().firstValue(header).isEmpty()) {
                missing.add(header);
            }
        }
        String scripts = java.util.Arrays.stream(response.headers().firstValue("Content-Security-Policy").orElse("").split(";"))
                .map(String::strip).filter(d -> d.startsWith("script-src")).findFirst().orElse("");
        if (scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'")) {
            missing.add("a script-src without 'unsafe-inline' and 'unsafe-eval' (" + scripts + ")");
        }
        return missing.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(what + " -> " + response.status() + " without " + missing);
    }

    /** The Facelets pages of the war, as extensionless URLs, except templates, resources and error pages. */
    private static Set<String> pagesOfTheWar() {
        WebArchive war = Deployments.ear().getAsType(WebArchive.class, "web.war");
        return war.getContent().keySet().stream().map(ArchivePath::get)
                .filter(p -> p.endsWith(".xhtml"))
                .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/") && !p.startsWith("/errors/"))
                .map(p -> p.substring(0, p.length() - ".xhtml".length()))
                .collect(Collectors.toSet());
    }

    /** The API resources declared in the web module's sources (any feature package), "{year: [0-9]{4}}" read as "{year}". */
    private static Set<String> apiResources() throws IOException {
        Pattern path = Pattern.compile("@Path\\(\"([^\"]+)\"\\)");
        Pattern bareGet = Pattern.compile("@GET\\s*\\n\\s*public");
        Set<String> resources = new TreeSet<>();
        Path web = Path.of(System.getProperty("web.sources", "../web/src/main/java/fr/budgetcitoyen/web"));
        try (Stream<Path> files = Files.walk(web)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Resource.java")).toList()) {
                String source = Files.readString(file);
                List<String> paths = path.matcher(source).results()
                        .map(r -> r.group(1).replaceAll("\\{(\\w+)\\s*:[^/]*}(?=/|$)", "{$1}")).toList();
                String base = "/api/" + paths.get(0);
                if (bareGet.matcher(source).find()) {
                    resources.add(base);
                }
                paths.subList(1, paths.size()).forEach(p -> resources.add(base + "/" + p));
            }
        }
        return resources;
    }
}
