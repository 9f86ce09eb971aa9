package fr.budgetcitoyen.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The short-lived proof that a resident identified themself on an assistant's device: a random ticket,
 * valid 15 minutes, for that assistant only, kept in the database (as a hash) for every node of a cluster.
 */
@ApplicationScoped
public class AssistanceTickets {

    static final Duration VALIDITY = Duration.ofMinutes(15);

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext private EntityManager em;

    String issue(long residentId, String assistant, Instant now) {
        em.createQuery("delete from AssistanceTicket t where t.expiresAt <= :now").setParameter("now", now).executeUpdate();
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        String ticket = HexFormat.of().formatHex(bytes);
        em.persist(new AssistanceTicket(ticket, residentId, assistant, now.plus(VALIDITY)));
        return ticket;
    }

    /** The resident of a ticket still valid and issued to this assistant. */
    Optional<Long> residentOf(String ticket, String assistant, Instant now) {
        return Optional.ofNullable(ticket == null ? null : em.find(AssistanceTicket.class, AssistanceTicket.hash(ticket)))
                .filter(t -> t.honours(assistant, now))
                .map(AssistanceTicket::residentId);
    }

    void end(String ticket) {
        if (ticket != null) {
            em.createQuery("delete from AssistanceTicket t where t.ticketHash = :hash")
                    .setParameter("hash", AssistanceTicket.hash(ticket)).executeUpdate();
        }
    }
}
