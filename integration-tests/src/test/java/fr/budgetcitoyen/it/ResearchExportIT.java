package fr.budgetcitoyen.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The research export over HTTP: a granted researcher downloads datasets that name nobody and show no small group;
 * an account without a grant, with an expired one or a revoked one gets a 403; grants and downloads are audited.
 */
@ExtendWith(ArquillianExtension.class)
class ResearchExportIT {

    private static final String RESEARCHER = "chercheur@demo.budgetcitoyen.fr";
    private static final String FORMER_RESEARCHER = "ancienne-chercheuse@demo.budgetcitoyen.fr";
    private static final List<String> DATASETS = List.of("/api/research/projects.csv", "/api/research/turnout.csv");
    private static final Pattern THRESHOLD = Pattern.compile("moins de (\\d+) votants");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aGrantedResearcherDownloadsDataThatNamesNobodyAndHidesSmallGroups() {
        PortalSession researcher = signedIn(RESEARCHER);
        Http.Response projects = researcher.get(DATASETS.get(0));
        assertEquals(200, projects.status(), projects.body());
        assertTrue(projects.contentType().startsWith("text/csv"), projects.contentType());
        Http.Response turnout = researcher.get(DATASETS.get(1));
        assertEquals(200, turnout.status(), turnout.body());
        String both = projects.body() + turnout.body();

        assertFalse(both.contains("@"), "no e-mail address at all");
        for (String personal : personalDataOfTheDemoAccounts()) {
            assertFalse(both.contains(personal), "personal data in the export: " + personal);
        }
        for (String synthetic : List.of("Votant ", "Détenteur de clé", "Démo ", "1985-01-01")) {
            assertFalse(both.contains(synthetic), synthetic);
        }

        Matcher threshold = THRESHOLD.matcher(researcher.get("/research").body());
        assertTrue(threshold.find(), "the page states the threshold");
        int minimum = Integer.parseInt(threshold.group(1));
        List<Map<String, String>> cells = rows(turnout.body());
        assertFalse(cells.isEmpty(), "the demo's past editions have voters");
        assertTrue(cells.stream().anyMatch(c -> c.get("suppressed").equals("true")), "the demo's 200 voters make small groups");
        for (Map<String, String> cell : cells) {
            if (cell.get("suppressed").equals("true")) {
                assertEquals("", cell.get("voters"), cell.toString());
            } else {
                assertTrue(Long.parseLong(cell.get("voters")) >= minimum, "a group under " + minimum + ": " + cell);
            }
        }
        // no row or column left with a single hidden cell that its published total would give away
        for (String dimension : List.of("territory", "age_band")) {
            Map<String, Long> hidden = cells.stream().filter(c -> c.get("suppressed").equals("true"))
                    .collect(Collectors.groupingBy(c -> c.get("edition") + "/" + c.get(dimension), Collectors.counting()));
            hidden.forEach((line, count) -> assertNotEquals(1L, count, dimension + " " + line));
        }
        for (Map<String, String> project : rows(projects.body())) {
            if (Integer.parseInt(project.get("committee_members")) < minimum) {
                assertEquals("", project.get("radar_cooperation"), "a small committee's own scores: " + project);
            }
            if (project.get("published").equals("false")) {
                assertEquals("", project.get("title") + project.get("structure"), "an unpublished file is nameless");
            }
        }
    }

    @Test
    void accountsWithoutAnActiveGrantGetA403() {
        assertRefused(signedIn(PortalSession.demoEmail("RESIDENT")), "n’a pas d’accès");
        assertRefused(signedIn(FORMER_RESEARCHER), "expiré");
        assertEquals(401, new PortalSession().get(DATASETS.get(0)).status());
    }

    @Test
    void anAgentGrantsThenRevokesAndEachStepIsAudited() {
        String carrier = PortalSession.demoEmail("CARRIER");
        PortalSession agent = signedIn(PortalSession.demoEmail("AGENT"));
        Http.Response refused = agent.json("POST", "/api/research/grants",
                "{\"email\":\"personne@demo.budgetcitoyen.fr\",\"purpose\":\"\",\"expiresOn\":\"2001-01-01\"}");
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("research.email.unknown") && refused.body().contains("research.expiresOn.past"), refused.body());

        Http.Response granted = agent.json("POST", "/api/research/grants", "{\"email\":\"" + carrier
                + "\",\"purpose\":\"Étude de l'ancrage territorial\",\"expiresOn\":\"" + LocalDate.now().plusMonths(6) + "\"}");
        assertEquals(201, granted.status(), granted.body());
        long id = granted.json(JsonObject.class).getJsonNumber("id").longValue();

        PortalSession researcher = signedIn(carrier);
        assertEquals(200, researcher.get(DATASETS.get(1)).status());
        assertEquals(403, signedIn(PortalSession.demoEmail("RESIDENT")).json("POST", "/api/research/grants/" + id + "/revocation", null).status(),
                "only agents revoke");
        assertEquals(204, agent.json("POST", "/api/research/grants/" + id + "/revocation", null).status());
        assertRefused(researcher, "retiré");

        List<String> actions = researcher.get("/api/me/data").json(JsonObject.class).getJsonArray("history")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("research.grant", "research.download", "research.revoke")), actions.toString());
    }

    private static void assertRefused(PortalSession session, String why) {
        for (String dataset : DATASETS) {
            Http.Response response = session.get(dataset);
            assertEquals(403, response.status(), dataset + " " + response.body());
            assertTrue(response.contentType().startsWith("application/json"), response.contentType());
            assertTrue(response.body().contains(why), response.body());
        }
    }

    /** Names, addresses, birth dates and communes of every demo account, as the platform holds them (their own data export). */
    private static List<String> personalDataOfTheDemoAccounts() {
        List<String> emails = new ArrayList<>(List.of("RESIDENT", "CARRIER", "AMBASSADOR", "SCIC_MEMBER", "COMPTOIR_HOST",
                "COMMITTEE_MEMBER", "AGENT", "ADMIN").stream().map(PortalSession::demoEmail).toList());
        emails.addAll(List.of("partenaire@demo.budgetcitoyen.fr", RESEARCHER, FORMER_RESEARCHER));
        List<String> personal = new ArrayList<>();
        for (String email : emails) {
            JsonObject data = signedIn(email).get("/api/me/data").json(JsonObject.class);
            for (String field : List.of("email", "displayName", "birthDate", "parentEmail")) {
                if (data.get(field) instanceof JsonString value) {
                    personal.add(value.getString());
                }
            }
        }
        return personal;
    }

    private static PortalSession signedIn(String email) {
        PortalSession session = new PortalSession();
        assertEquals(302, session.signIn(email, PortalSession.DEMO_PASSWORD).status(), email + " could not sign in");
        return session;
    }

    /** A CSV of the export (";", a header line, quoted text without a ";" inside in the demo) as maps. */
    private static List<Map<String, String>> rows(String csv) {
        List<String> lines = csv.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(";", -1));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] values = line.split(";", -1);
            assertEquals(header.size(), values.length, line);
            Map<String, String> row = new java.util.HashMap<>();
            for (int i = 0; i < values.length; i++) {
                row.put(header.get(i), values[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
