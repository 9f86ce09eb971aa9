package fr.budgetcitoyen.platform;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * With migrations run by their own PostgreSQL role (the tables' owner), gives the application's role what it
 * needs after each migration, and no more on the audit log: it may read and append entries, and update only the
 * personal columns that an erasure replaces — never the chain's columns, never a DELETE or TRUNCATE. Applied again
 * after every migration, so the tables of later migrations are granted too.
 */
class AppRoleGrants implements Callback {

    private final String appRole;

    AppRoleGrants(String appRole) {
        this.appRole = appRole;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) { return true; }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                    || appRole.equals(connection.getMetaData().getUserName())) {
                return;
            }
            String role = '"' + appRole.replace("\"", "\"\"") + '"';
            try (Statement grant = connection.createStatement()) {
                grant.execute("GRANT USAGE ON SCHEMA public TO " + role);
                grant.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
                grant.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + role);
                grant.execute("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM " + role);
                grant.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM " + role);
                grant.execute("GRANT UPDATE (actor, target, value_before, value_after, salt) ON audit_entry TO " + role);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's role " + appRole + " its rights", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "app-role-grants";
    }
}
