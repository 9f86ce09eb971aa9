package fr.budgetcitoyen.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The audit log: written in the caller's transaction (an action and its trace commit together), chained
 * ({@link AuditChain}), read and verified by administrators. There is no method to change or delete an entry;
 * a person's erasure only replaces their address (outside the chain's hashes).
 */
@Stateless
public class AuditLog {

    private static final String FILTER = " from AuditEntry e where (:actor = '' or lower(e.actor) like :actorLike)"
            + " and (:action = '' or e.action = :action)";

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;
    @Resource private SessionContext context;

    private static final int PAGE = 500;

    private final SecureRandom random = new SecureRandom();

    /** Appends after the chain's head, locked until the caller's transaction ends: positions never collide. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, String action, String target, String before, String after) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        em.persist(new AuditEntry(head, AuditChain.salt(random), Instant.now(clock),
                actor == null ? AuditEntry.SYSTEM : actor, action, target, before, after));
    }

    /** Where the chain ends now: shown to the administrators and mailed to them each day. */
    @RolesAllowed("ADMIN")
    public AuditChainHead head() {
        return em.find(AuditChainHead.class, AuditChainHead.ID);
    }

    /**
     * Walks the whole log (by pages, in the chain's order) and says where it breaks first; {@code anchorSeq} and
     * {@code anchorHash}, when given, are a position and hash received earlier (the daily mail), checked too.
     */
    @RolesAllowed("ADMIN")
    public AuditVerifier.Result verify(long anchorSeq, String anchorHash) {
        AuditVerifier.Result result = walk(anchorSeq, anchorHash);
        // The check is itself traced: who looked, and what they found.
        record(context.getCallerPrincipal().getName(), "audit.verify", "journal", anchorSeq > 0 ? anchorSeq + " : " + anchorHash : null,
                result.broken().map(b -> b + " " + result.brokenAt()).orElse("intact " + result.checked()));
        return result;
    }

    private AuditVerifier.Result walk(long anchorSeq, String anchorHash) {
        AuditVerifier verifier = new AuditVerifier(anchorSeq, anchorHash);
        long after = 0;
        List<AuditEntry> page;
        do {
            page = em.createQuery("select e from AuditEntry e where e.seq > :after order by e.seq", AuditEntry.class)
                    .setParameter("after", after).setMaxResults(PAGE).getResultList();
            page.forEach(verifier::accept);
            after = page.isEmpty() ? after : page.get(page.size() - 1).seq();
            em.clear(); // a log of a million entries is read through, not held
        } while (page.size() == PAGE);
        return verifier.finish(em.find(AuditChainHead.class, AuditChainHead.ID));
    }

    /** The right to erasure: every entry naming {@code person} names {@code replacement} instead (the chain holds). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void erase(String person, String replacement) {
        em.createQuery("select e from AuditEntry e where e.actor = :person or e.target = :person", AuditEntry.class)
                .setParameter("person", person).getResultList().forEach(e -> e.erase(person, replacement));
    }

    @RolesAllowed("ADMIN")
    public List<AuditEntry> search(String actor, String action, int first, int max) {
        TypedQuery<AuditEntry> query = em.createQuery("select e" + FILTER + " order by e.seq desc",
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
