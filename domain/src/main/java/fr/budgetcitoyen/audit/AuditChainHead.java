package fr.budgetcitoyen.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The end of the audit log's chain: the last position and hash. One row, locked by whoever appends, so that
 * entries take their positions one after the other, whichever server writes them.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    /** The last day the head was mailed to the administrators. */
    @Column(name = "published_on")
    private LocalDate publishedOn;

    protected AuditChainHead() {
        // for JPA
    }

    /** An empty log's head (the migration writes the same row). */
    public static AuditChainHead genesis() {
        AuditChainHead head = new AuditChainHead();
        head.id = ID;
        head.lastHash = AuditChain.GENESIS;
        return head;
    }

    public long lastSeq() { return lastSeq; }

    public String lastHash() { return lastHash; }

    /** Takes the next position for {@code hash}, the hash of the entry that links to {@link #lastHash()}. */
    long advance(String hash) {
        lastSeq++;
        lastHash = hash;
        return lastSeq;
    }

    /** Marks today's publication; false when it was already done today (another server's timer). */
    public boolean publish(LocalDate today) {
        if (today.equals(publishedOn)) {
            return false;
        }
        publishedOn = today;
        return true;
    }

    public Optional<LocalDate> publishedOn() {
        return Optional.ofNullable(publishedOn);
    }
}
