package fr.budgetcitoyen.web.platform;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void aLostConnectionDeepInTheCausesIsAnOutage() {
        assertTrue(DatabaseOutage.causes(new EJBException(new PersistenceException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))));
        assertTrue(DatabaseOutage.causes(new PersistenceException(new SQLException("terminating connection due to"
                + " administrator command", "57P01"))));
        assertTrue(DatabaseOutage.causes(new RuntimeException(new SQLTransientConnectionException("pool"))));
        assertTrue(DatabaseOutage.causes(new EJBException(new ResourceException("IJ000453: Unable to get managed connection"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.causes(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.causes(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutage.causes(new PersistenceException(new SQLException("no state"))));
        RuntimeException loop = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", loop);
        loop.initCause(other);
        assertFalse(DatabaseOutage.causes(loop), "a cycle of causes ends");
    }
}
