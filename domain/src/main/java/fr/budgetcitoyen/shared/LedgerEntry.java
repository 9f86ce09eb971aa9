package fr.budgetcitoyen.shared;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * An entry of a public ledger (a grant's instalments, a capital account's movements): never edited. A mistake is
 * cancelled by a reversal ("contre-passation"), an entry that names the one it cancels and why; both stay, so the
 * history reads as it happened. Each ledger keeps its own table, with these columns named alike.
 */
@MappedSuperclass
public abstract class LedgerEntry extends IdentifiedEntity {

    public static final int REASON_MAX = 500;

    @Column(length = 120)
    private String reference;

    /** The entry this one cancels (reversals only). */
    @Column(name = "reverses_id")
    private Long reverses;

    /** Why the entry it reverses was wrong (reversals only). */
    @Column(length = REASON_MAX)
    private String reason;

    /** Who recorded it, and when; null for instalments recorded before reversals existed. */
    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "recorded_by", length = 254))
    @AttributeOverride(name = "at", column = @Column(name = "recorded_at"))
    private Stamp recorded;

    protected LedgerEntry() {
        // for JPA
    }

    protected LedgerEntry(String reference) {
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
    }

    /** Makes this new entry the reversal of a recorded one. */
    protected void cancels(LedgerEntry original, String reason) {
        this.reverses = original.id();
        this.reason = reason;
    }

    /** Who recorded the entry and when: set once, by the service, when the entry is accepted. */
    public void recordedBy(String who, Instant when) {
        this.recorded = new Stamp(who, when);
    }

    public boolean isReversal() {
        return reverses != null;
    }

    /** The id of the entry this reversal cancels; null for any other entry. */
    public Long reverses() { return reverses; }

    public String reason() { return reason; }

    public String reference() { return reference; }

    public Stamp recorded() { return recorded; }
}
