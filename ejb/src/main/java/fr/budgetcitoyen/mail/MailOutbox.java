package fr.budgetcitoyen.mail;

import fr.budgetcitoyen.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The outbox's rows: written with the decision, then each sent and deleted in a transaction of its own that
 * holds the row's lock. Nodes skip the rows another one holds, so they never send the same row at the same
 * time; a node dying after the SMTP server took a mail but before deleting it makes another node send that
 * one mail again, under the same Message-ID.
 */
@Stateless
@PermitAll
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());
    /** Hibernate's lock time-out meaning SKIP LOCKED (jakarta.persistence.lock.timeout = -2). */
    private static final int SKIP_LOCKED = -2;

    @PersistenceContext private EntityManager em;
    @Inject private SmtpTransport smtp;
    @Inject private Clock clock;
    @Inject private AuditLog audit;
    @Resource private SessionContext context;

    @Inject
    @ConfigProperty(name = "budgetcitoyen.mail.retry-seconds", defaultValue = "60")
    long retrySeconds;

    /** How often every node looks for mails to send again; also the first retry's wait. */
    public Duration retryPeriod() {
        return Duration.ofSeconds(Math.max(1, retrySeconds));
    }

    /** Written in the caller's transaction: the mail exists exactly when the decision does. */
    public long queue(Mail mail) {
        QueuedMail queued = new QueuedMail(mail.to(), mail.subject(), mail.body(), Instant.now(clock), retryPeriod());
        em.persist(queued);
        return queued.id();
    }

    /** Sends that mail unless another node holds it or has sent it already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long id) {
        claim(em.createQuery("select m from QueuedMail m where m.id = :id", QueuedMail.class).setParameter("id", id))
                .ifPresent(this::send);
    }

    /** Sends the oldest mail due that no other node holds; false when there is none. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliverNextDue() {
        Optional<QueuedMail> next = claim(em.createQuery(
                "select m from QueuedMail m where m.nextAttemptAt <= :now order by m.id", QueuedMail.class)
                .setParameter("now", Instant.now(clock)));
        next.ifPresent(this::send);
        return next.isPresent();
    }

    /** The mails an attempt failed for, oldest first: what the agents see as waiting. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public List<QueuedMail> waiting(int max) {
        return em.createQuery("select m from QueuedMail m where m.attempts > 0 order by m.queuedAt", QueuedMail.class)
                .setMaxResults(max).getResultList();
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public long waitingCount() {
        return em.createQuery("select count(m) from QueuedMail m where m.attempts > 0", Long.class).getSingleResult();
    }

    /** An attempt now, on this node (the relay is back); audited. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public void retryNow(long id) {
        QueuedMail mail = em.find(QueuedMail.class, id);
        if (mail != null) {
            mail.retryNow(Instant.now(clock));
            audit.record(context.getCallerPrincipal().getName(), "mail.retry", mail.recipient(), null, mail.subject());
        }
    }

    /** Given up by an agent (a wrong address): never sent; audited. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public void drop(long id) {
        QueuedMail mail = em.find(QueuedMail.class, id);
        if (mail != null) {
            audit.record(context.getCallerPrincipal().getName(), "mail.drop", mail.recipient(), mail.subject(), null);
            em.remove(mail);
        }
    }

    private static Optional<QueuedMail> claim(TypedQuery<QueuedMail> query) {
        List<QueuedMail> rows = query.setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED).setMaxResults(1).getResultList();
        return rows.stream().findFirst();
    }

    private void send(QueuedMail mail) {
        Instant now = Instant.now(clock);
        if (mail.expired(now)) {
            LOG.warning(() -> "Mail \"" + mail.subject() + "\" to " + mail.recipient() + " dropped after "
                    + mail.attempts() + " attempts: " + mail.lastError());
            em.remove(mail);
            return;
        }
        try {
            smtp.send(mail.recipient(), mail.subject(), mail.body(), "outbox-" + mail.id());
            em.remove(mail);
        } catch (MessagingException e) {
            mail.failed(e.getMessage(), now, retryPeriod());
            LOG.warning(() -> "Could not send mail \"" + mail.subject() + "\" (attempt " + mail.attempts()
                    + ", next at " + mail.nextAttemptAt() + "): " + e.getMessage());
        }
    }
}
