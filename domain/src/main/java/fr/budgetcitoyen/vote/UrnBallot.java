package fr.budgetcitoyen.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * An encrypted ballot of one category, as the voter's page (or the server, on their behalf) made it:
 * no project, no voter, only a pseudonym the board publishes and ciphertexts that t holders together
 * could open, which they never do one ballot at a time.
 */
@Entity
@Table(name = "urn_ballot")
@NamedQuery(name = "UrnBallot.texts",
        query = "select b.ballot from UrnBallot b where b.campaignId = :campaign order by b.categoryId, b.tracker")
@NamedQuery(name = "UrnBallot.lines", query = "select b.tracker, b.pseudonym, b.categoryId from UrnBallot b"
        + " where b.campaignId = :campaign order by b.categoryId, b.tracker")
@NamedQuery(name = "UrnBallot.byTracker", query = "select b from UrnBallot b where b.tracker = :tracker")
@NamedQuery(name = "UrnBallot.ofPseudonym", query = "select b from UrnBallot b where b.campaignId = :campaign"
        + " and b.categoryId = :category and b.pseudonym = :pseudonym")
@NamedQuery(name = "UrnBallot.ciphertexts",
        query = "select b.categoryId, b.ciphertexts from UrnBallot b where b.campaignId = :campaign")
public class UrnBallot extends AnonymousBallot {

    @Column(nullable = false, length = 32)
    private String pseudonym;

    @Column(nullable = false, length = 43)
    private String tracker;

    @Column(nullable = false)
    private String ballot;

    @Column(nullable = false)
    private byte[] ciphertexts;

    /** The client's {@link IdempotencyKey}, when it sent one. */
    @Column(name = "idempotency_key", length = 64)
    private String idempotencyKey;

    protected UrnBallot() {
        // for JPA
    }

    public UrnBallot(long campaignId, long categoryId, String pseudonym, String tracker, String ballot, byte[] ciphertexts,
                     IdempotencyKey idempotencyKey) {
        super(campaignId, categoryId);
        this.pseudonym = Objects.requireNonNull(pseudonym);
        this.tracker = Objects.requireNonNull(tracker);
        this.ballot = Objects.requireNonNull(ballot);
        this.ciphertexts = Objects.requireNonNull(ciphertexts);
        this.idempotencyKey = idempotencyKey == null ? null : idempotencyKey.value();
    }

    /** Whether this ballot was cast with that key: then the same request sent again gets its tracker back. */
    public boolean castWith(IdempotencyKey key) {
        return key != null && key.value().equals(idempotencyKey);
    }

    public byte[] ciphertexts() { return ciphertexts; }

    public String pseudonym() { return pseudonym; }

    public String tracker() { return tracker; }

    public String ballot() { return ballot; }

    public String idempotencyKey() { return idempotencyKey; }
}
