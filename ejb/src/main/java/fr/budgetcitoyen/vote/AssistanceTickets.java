package fr.budgetcitoyen.vote;

import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The short-lived proof that a resident identified themself on an assistant's device: a random ticket,
 * valid 15 minutes, for that assistant only. Held in memory: a restart simply asks the resident again.
 */
@ApplicationScoped
public class AssistanceTickets {

    static final Duration VALIDITY = Duration.ofMinutes(15);

    private record Ticket(long residentId, String assistant, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

    String issue(long residentId, String assistant, Instant now) {
        tickets.values().removeIf(t -> t.expiresAt().isBefore(now));
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        String ticket = HexFormat.of().formatHex(bytes);
        tickets.put(ticket, new Ticket(residentId, assistant, now.plus(VALIDITY)));
        return ticket;
    }

    /** The resident of a ticket still valid and issued to this assistant. */
    Optional<Long> residentOf(String ticket, String assistant, Instant now) {
        return Optional.ofNullable(ticket == null ? null : tickets.get(ticket))
                .filter(t -> t.assistant().equals(assistant) && t.expiresAt().isAfter(now))
                .map(Ticket::residentId);
    }

    void end(String ticket) {
        if (ticket != null) {
            tickets.remove(ticket);
        }
    }
}
