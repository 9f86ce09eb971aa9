package fr.budgetcitoyen.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The audit log: written in the caller's transaction (an action and its trace commit together),
 * read by administrators. There is no method to change or delete an entry.
 */
@Stateless
public class AuditLog {

    private static final String FILTER = " from AuditEntry e where (:actor = '' or lower(e.actor) like :actorLike)"
            + " and (:action = '' or e.action = :action)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, String action, String target, String before, String after) {
        em.persist(new AuditEntry(Instant.now(clock), actor == null ? AuditEntry.SYSTEM : actor, action, target,
                before, after));
    }

    @RolesAllowed("ADMIN")
    public List<AuditEntry> search(String actor, String action, int first, int max) {
        TypedQuery<AuditEntry> query = em.createQuery("select e" + FILTER + " order by e.occurredAt desc, e.id desc",
                AuditEntry.class);
        return bind(query, actor, action).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed("ADMIN")
    public long count(String actor, String action) {
        return bind(em.createQuery("select count(e)" + FILTER, Long.class), actor, action).getSingleResult();
    }

    /** Entries about one person, for their data export. */
    @PermitAll
    public List<AuditEntry> about(String target) {
        return em.createQuery("select e from AuditEntry e where e.target = :target order by e.occurredAt", AuditEntry.class)
                .setParameter("target", target).getResultList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String actor, String action) {
        String a = actor == null ? "" : actor.strip().toLowerCase(Locale.ROOT);
        return query.setParameter("actor", a).setParameter("actorLike", "%" + a + "%")
                .setParameter("action", action == null ? "" : action.strip());
    }
}
