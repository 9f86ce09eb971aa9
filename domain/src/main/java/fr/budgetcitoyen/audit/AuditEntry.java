package fr.budgetcitoyen.audit;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who changed what, when, with the value before and after: a link of the {@link AuditChain}. Never updated, except
 * to erase a person (their address replaced, the salt dropped); the application's database role may change nothing
 * else, nor delete a row (README, « Audit log »).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends IdentifiedEntity implements Serializable {

    /** Agents' paged lists keep a page of them in the (replicated) view state. */
    private static final long serialVersionUID = 1L;

    public static final String SYSTEM = "système";
    private static final int TEXT = 2000;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** Position in the chain: 1, 2, 3… with no gap. */
    @Column(nullable = false, updatable = false, unique = true)
    private long seq;

    @Column(length = 254)
    private String actor;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(length = 254)
    private String target;

    @Column(name = "value_before", length = TEXT)
    private String before;

    @Column(name = "value_after", length = TEXT)
    private String after;

    /** Random, per entry; null once the entry's personal data was erased. */
    @Column(length = 32)
    private String salt;

    @Column(name = "personal_digest", nullable = false, updatable = false, length = 64)
    private String personalDigest;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    /**
     * The next entry after {@code head}, which advances. The time is kept to the microsecond, as the databases
     * store it: the hash is computed again from what is read back.
     */
    public AuditEntry(AuditChainHead head, String salt, Instant occurredAt, String actor, String action, String target,
                      String before, String after) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.target = Objects.requireNonNull(target, "target");
        this.before = truncate(before);
        this.after = truncate(after);
        this.salt = Objects.requireNonNull(salt, "salt");
        this.personalDigest = AuditChain.personalDigest(salt, this.actor, this.target, this.before, this.after);
        this.previousHash = head.lastHash();
        this.hash = AuditChain.link(previousHash, head.lastSeq() + 1, this.occurredAt, action, personalDigest);
        this.seq = head.advance(hash);
    }

    /**
     * Erases a person: their address becomes {@code replacement} wherever it appears, and the salt goes, so that the
     * digest the chain keeps can no longer be matched with anything. The chain still verifies.
     */
    public void erase(String person, String replacement) {
        actor = actor.replace(person, replacement);
        target = target.replace(person, replacement);
        before = before == null ? null : before.replace(person, replacement);
        after = after == null ? null : after.replace(person, replacement);
        salt = null;
    }

    public boolean isErased() {
        return salt == null;
    }

    /** Whether the personal fields are still those the chain's digest was made of (true once erased: nothing to compare). */
    public boolean personalDataIntact() {
        return isErased() || personalDigest.equals(AuditChain.personalDigest(salt, actor, target, before, after));
    }

    /** Whether the hash covers what the row says, after {@code previous} (the hash of the entry before it). */
    public boolean linksTo(String previous) {
        return previousHash.equals(previous) && hash.equals(AuditChain.link(previous, seq, occurredAt, action, personalDigest));
    }

    private static String truncate(String value) {
        return value == null || value.length() <= TEXT ? value : value.substring(0, TEXT - 1) + "…";
    }

    public long seq() { return seq; }

    public String hash() { return hash; }

    public Instant occurredAt() { return occurredAt; }

    public String actor() { return actor; }

    public String action() { return action; }

    public String target() { return target; }

    public String before() { return before; }

    public String after() { return after; }
}
