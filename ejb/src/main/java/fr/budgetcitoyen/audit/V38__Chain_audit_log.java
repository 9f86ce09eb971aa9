package fr.budgetcitoyen.audit;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

/**
 * Chains the audit log ({@link AuditChain}): the columns of the chain, its head, and the entries written so far
 * linked in the order they were written. A Java migration: the hashes are computed by the same code as new entries'.
 */
@SuppressWarnings("java:S101") // Flyway derives the version from this name
public class V38__Chain_audit_log extends BaseJavaMigration {

    private final SecureRandom random = new SecureRandom();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            for (String column : new String[]{"seq BIGINT", "salt VARCHAR(32)", "personal_digest VARCHAR(64)",
                    "previous_hash VARCHAR(64)", "entry_hash VARCHAR(64)"}) {
                ddl.execute("ALTER TABLE audit_entry ADD COLUMN " + column);
            }
            ddl.execute("CREATE TABLE audit_chain_head (id INTEGER PRIMARY KEY, last_seq BIGINT NOT NULL, "
                    + "last_hash VARCHAR(64) NOT NULL, published_on DATE)");
        }
        String previous = AuditChain.GENESIS;
        long seq = 0;
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id, occurred_at, actor, action, target, value_before, value_after "
                     + "FROM audit_entry ORDER BY id");
             PreparedStatement update = connection.prepareStatement("UPDATE audit_entry SET seq = ?, salt = ?, "
                     + "personal_digest = ?, previous_hash = ?, entry_hash = ? WHERE id = ?")) {
            while (rows.next()) {
                String salt = AuditChain.salt(random);
                String personal = AuditChain.personalDigest(salt, rows.getString("actor"), rows.getString("target"),
                        rows.getString("value_before"), rows.getString("value_after"));
                String hash = AuditChain.link(previous, ++seq, rows.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rows.getString("action"), personal);
                update.setLong(1, seq);
                update.setString(2, salt);
                update.setString(3, personal);
                update.setString(4, previous);
                update.setString(5, hash);
                update.setLong(6, rows.getLong("id"));
                update.executeUpdate();
                previous = hash;
            }
        }
        try (PreparedStatement head = connection.prepareStatement(
                "INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (?, ?, ?)")) {
            head.setInt(1, AuditChainHead.ID);
            head.setLong(2, seq);
            head.setString(3, previous);
            head.executeUpdate();
        }
        try (Statement ddl = connection.createStatement()) {
            for (String column : new String[]{"seq", "personal_digest", "previous_hash", "entry_hash"}) {
                ddl.execute("ALTER TABLE audit_entry ALTER COLUMN " + column + " SET NOT NULL");
            }
            ddl.execute("CREATE UNIQUE INDEX ux_audit_entry_seq ON audit_entry (seq)");
        }
    }
}
