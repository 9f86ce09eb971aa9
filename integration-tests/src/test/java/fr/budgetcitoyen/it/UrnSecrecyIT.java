package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database as a DBA, a backup or a replica sees it after votes through the API (PostgreSQL, as in
 * production and CI): the rows written with a participation — found by the writing transaction's id,
 * {@code xmin}, the join that linked every plaintext ballot to its voter — hold no project reference,
 * and no table gains one readable row per vote.
 */
@ExtendWith(ArquillianExtension.class)
class UrnSecrecyIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void nothingWrittenWithAVoteSaysWhatWasVoted() throws SQLException {
        String url = System.getenv("DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "xmin is PostgreSQL's: run with -Ppostgresql (CI does)");
        int year = DemoEditionsApi.voting().getInt("year");
        List<JsonObject> projects = Http.portal("/api/campaigns/" + year + "/projects").json(JsonArray.class)
                .getValuesAs(JsonObject.class);
        try (Connection db = DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))) {
            List<String> voters = new ArrayList<>();
            List<PortalSession> sessions = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                voters.add(Voters.register(MAIL, LocalDate.of(1980 + i, 5, 5)));
                sessions.add(Voters.apiSession(voters.get(i)));
            }
            Map<String, Long> before = rowCounts(db);
            for (PortalSession session : sessions) {
                for (String category : List.of("COOPERATION", "INNOVATION_SOCIALE")) {
                    JsonObject project = projects.stream().filter(p -> p.getString("category").equals(category))
                            .findFirst().orElseThrow();
                    Http.Response cast = session.json("POST", "/api/votes",
                            "{\"category\":\"" + category + "\",\"project\":" + project.getInt("id") + "}");
                    assertEquals(201, cast.status(), cast.body());
                }
            }
            Map<String, Long> after = rowCounts(db);
            Map<String, Long> grown = new TreeMap<>();
            after.forEach((table, n) -> {
                if (n > before.getOrDefault(table, 0L)) {
                    grown.put(table, n - before.getOrDefault(table, 0L));
                }
            });
            // Six votes: six participations (who) and six encrypted ballots (what, unreadable); the pseudonyms
            // are one per voter, written apart (their own transaction), before any ballot.
            assertEquals(Map.of("urn_ballot", 6L, "urn_pseudonym", 3L, "vote_participation", 6L), grown,
                    "tables that grew with six votes");

            for (String email : voters) {
                for (String xmin : participationTransactions(db, email)) {
                    List<String> written = tablesWrittenBy(db, xmin);
                    assertTrue(written.contains("vote_participation"), written.toString());
                    for (String table : written) {
                        assertTrue(!columns(db, table).contains("project_id"),
                                table + " was written with a participation and names a project");
                    }
                }
            }
        }
    }

    private static Map<String, Long> rowCounts(Connection db) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables(db)) {
            try (ResultSet rs = db.createStatement().executeQuery("select count(*) from " + table)) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    private static List<String> participationTransactions(Connection db, String email) throws SQLException {
        List<String> xmins = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select p.xmin::text from vote_participation p "
                + "join account a on a.id = p.voter_id where a.email = ?")) {
            query.setString(1, email);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    xmins.add(rs.getString(1));
                }
            }
        }
        assertEquals(2, xmins.size(), "two participations of " + email);
        return xmins;
    }

    private static List<String> tablesWrittenBy(Connection db, String xmin) throws SQLException {
        List<String> written = new ArrayList<>();
        for (String table : tables(db)) {
            try (PreparedStatement query = db.prepareStatement("select count(*) from " + table + " where xmin::text = ?")) {
                query.setString(1, xmin);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        written.add(table);
                    }
                }
            }
        }
        return written;
    }

    private static List<String> tables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static List<String> columns(Connection db, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(
                "select column_name from information_schema.columns where table_schema = 'public' and table_name = ?")) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }
}
