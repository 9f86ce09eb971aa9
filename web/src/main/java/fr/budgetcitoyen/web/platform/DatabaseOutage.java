package fr.budgetcitoyen.web.platform;

import jakarta.resource.ResourceException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure is the database being out of reach (restarting, failing over, the pool unable to connect)
 * rather than a bug: then the client is told to retry (503) instead of being given an incident number.
 */
public final class DatabaseOutage {

    /** SQLSTATE class 08 (connection exception) and PostgreSQL's shutdown codes (admin, crash, cannot connect now). */
    private static final Set<String> SHUTDOWN = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    public static boolean causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ResourceException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SHUTDOWN.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
