package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit log is append-only by more than the application's good will: chained, checked by an administrator,
 * its head mailed out of the database; on PostgreSQL, the application's role cannot change or delete an entry,
 * and what a DBA changes shows in the check.
 */
class AuditChainIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String ADMIN = PortalSession.demoEmail("ADMIN");

    @Test
    void anAdministratorChecksTheLogAgainstTheFingerprintMailedToThem() {
        browser = Browser.desktop();
        browser.signIn(ADMIN, PortalSession.DEMO_PASSWORD);
        browser.open("/admin/audit");
        assertTrue(browser.driver.findElement(By.id("head-hash")).getText().matches("[0-9a-f]{64}"));

        browser.submit(By.id("integrity:mail-head"));
        Matcher mailed = Pattern.compile("(\\d+) : ([0-9a-f]{64})").matcher(Mailbox.lastMailTo(MAIL, ADMIN));
        assertTrue(mailed.find(), "the mail gives the position and the fingerprint");

        browser.type("integrity:anchorSeq", mailed.group(1));
        browser.type("integrity:anchorHash", mailed.group(2));
        browser.submit(By.id("integrity:verify"));
        browser.assertAccessible();
        browser.screenshot("170-audit-integrity");
        assertTrue(verdict().startsWith("Journal intact"), verdict());

        browser.type("integrity:anchorHash", "0".repeat(64));
        browser.submit(By.id("integrity:verify"));
        assertEquals("Journal réécrit : l’entrée n° " + mailed.group(1) + " n’a plus l’empreinte envoyée aux administrateurs.",
                verdict());

        browser.type("integrity:anchorSeq", "douze");
        browser.type("integrity:anchorHash", "xyz");
        browser.submit(By.id("integrity:verify"));
        assertTrue(browser.fieldMessage("integrity:anchorSeq").contains("nombre entier"), browser.mainText());
        assertTrue(browser.fieldMessage("integrity:anchorHash").contains("64 caractères"), browser.mainText());
        assertTrue(browser.driver.findElements(By.id("verdict")).isEmpty(), "nothing checked on bad input");
    }

    @Test
    void theApplicationsRoleCannotChangeTheLogAndWhatADbaChangesShows() throws SQLException {
        String url = System.getenv("DB_URL");
        String owner = System.getenv("BUDGETCITOYEN_DB_MIGRATION_USER");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:") && owner != null && !owner.isBlank(),
                "roles are PostgreSQL's: run with .ci/run (two roles)");
        try (Connection app = DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
             Connection dba = DriverManager.getConnection(url, owner, System.getenv("BUDGETCITOYEN_DB_MIGRATION_PASSWORD"))) {
            long seq = firstEntry(app);
            for (String forbidden : new String[]{"UPDATE audit_entry SET action = 'x' WHERE seq = " + seq,
                    "UPDATE audit_entry SET entry_hash = previous_hash WHERE seq = " + seq,
                    "DELETE FROM audit_entry WHERE seq = " + seq, "TRUNCATE audit_entry"}) {
                SQLException refused = assertThrows(SQLException.class, () -> execute(app, forbidden), forbidden);
                assertEquals("42501", refused.getSQLState(), forbidden + ": " + refused.getMessage()); // insufficient_privilege
            }

            String action = value(dba, "SELECT action FROM audit_entry WHERE seq = " + seq);
            execute(dba, "UPDATE audit_entry SET action = 'account.grant' WHERE seq = " + seq);
            try {
                assertEquals("Journal altéré : l’entrée n° " + seq + " a été modifiée (date, action ou chaînage).", check());
            } finally {
                execute(dba, "UPDATE audit_entry SET action = '" + action + "' WHERE seq = " + seq);
            }
            String actor = value(dba, "SELECT actor FROM audit_entry WHERE seq = " + seq);
            execute(app, "UPDATE audit_entry SET actor = 'quelquun@ailleurs.fr' WHERE seq = " + seq); // erasure's columns
            try {
                assertEquals("Journal altéré : l’auteur, la cible ou les valeurs de l’entrée n° " + seq + " ont été modifiés.", check());
            } finally {
                execute(dba, "UPDATE audit_entry SET actor = '" + actor.replace("'", "''") + "' WHERE seq = " + seq);
            }
            assertTrue(check().startsWith("Journal intact"), "restored");
        }
    }

    private String check() {
        if (browser == null) {
            browser = Browser.desktop();
            browser.signIn(ADMIN, PortalSession.DEMO_PASSWORD);
        }
        browser.open("/admin/audit");
        browser.submit(By.id("integrity:verify"));
        return verdict();
    }

    private String verdict() {
        return browser.driver.findElement(By.id("verdict")).getText();
    }

    private static long firstEntry(Connection db) throws SQLException {
        return Long.parseLong(value(db, "SELECT min(seq) FROM audit_entry"));
    }

    private static String value(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
