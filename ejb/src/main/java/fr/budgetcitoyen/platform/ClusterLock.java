package fr.budgetcitoyen.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A lock every node of a cluster shares: a row of {@code cluster_lock} held until the calling transaction
 * ends. Another node asking for the same lock waits, then sees what the first one committed; a node that
 * dies mid-work rolls back and releases it. For work that must be done once per cluster (start-up jobs,
 * the daily reminders) without an extra service to run.
 */
@ApplicationScoped
public class ClusterLock {

    /** The start-up jobs that write: the first administrator's invitation, the demo data. */
    public static final String STARTUP = "startup";
    public static final String COMPTOIR_REMINDERS = "comptoir-reminders";

    @PersistenceContext private EntityManager em;

    /** Holds the lock until the current transaction ends (a transaction is required). */
    public void hold(String name) {
        em.createNativeQuery("select name from cluster_lock where name = ?1 for update").setParameter(1, name)
                .getSingleResult();
    }
}
