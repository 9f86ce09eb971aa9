package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.shared.Digests;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The proof that a resident identified themself on an assistant's device, valid a short while and for that
 * assistant only. In the database so that any node of a cluster honours it; stored as the ticket's hash, so
 * the table alone lets nobody vote for the resident.
 */
@Entity
@Table(name = "assistance_ticket")
public class AssistanceTicket {

    @Id
    @Column(name = "ticket_hash", length = 64)
    private String ticketHash;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(nullable = false, length = 254)
    private String assistant;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected AssistanceTicket() {
        // for JPA
    }

    public AssistanceTicket(String ticket, long residentId, String assistant, Instant expiresAt) {
        this.ticketHash = hash(ticket);
        this.residentId = residentId;
        this.assistant = assistant;
        this.expiresAt = expiresAt;
    }

    /** Valid for this assistant at that instant. */
    public boolean honours(String assistant, Instant now) {
        return this.assistant.equals(assistant) && expiresAt.isAfter(now);
    }

    public long residentId() { return residentId; }

    public static String hash(String ticket) {
        return Digests.sha256Hex(ticket);
    }
}
