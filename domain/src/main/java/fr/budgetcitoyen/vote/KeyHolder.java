package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A member of the bureau de vote who holds a share of an edition's decryption key. The server keeps only
 * what the holder's tool sent (certificate, polynomial with its shares encrypted to each recipient,
 * verification output, partial decryption): never the holder's seed.
 */
@Entity
@Table(name = "urn_key_holder")
@NamedQuery(name = "KeyHolder.ofUrn", query = "select h from KeyHolder h where h.campaignId = :campaign order by h.position")
@NamedQuery(name = "KeyHolder.ofAccount", query = "select h from KeyHolder h where h.accountId = :account order by h.campaignId desc")
public class KeyHolder extends IdentifiedEntity {

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(nullable = false)
    private int position;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    private String cert;

    private String polynomial;

    private String voutput;

    @Column(name = "compared_at")
    private Instant comparedAt;

    @Column(name = "partial_decryption")
    private String partialDecryption;

    @Version
    private long version;

    protected KeyHolder() {
        // for JPA
    }

    public KeyHolder(long campaignId, int position, long accountId, String displayName) {
        this.campaignId = campaignId;
        this.position = position;
        this.accountId = accountId;
        this.displayName = Objects.requireNonNull(displayName);
    }

    public void certify(String cert) {
        this.cert = Objects.requireNonNull(cert);
    }

    public void commit(String polynomial) {
        this.polynomial = Objects.requireNonNull(polynomial);
    }

    public void verify(String voutput) {
        this.voutput = Objects.requireNonNull(voutput);
    }

    /** The holder compared every key fingerprint with the others, aloud: they all match. */
    public void confirmComparison(Instant at) {
        this.comparedAt = Objects.requireNonNull(at);
    }

    public void decrypt(String partialDecryption) {
        this.partialDecryption = Objects.requireNonNull(partialDecryption);
    }

    public Long campaignId() { return campaignId; }

    public int position() { return position; }

    public Long accountId() { return accountId; }

    public String displayName() { return displayName; }

    public String cert() { return cert; }

    public String polynomial() { return polynomial; }

    public String voutput() { return voutput; }

    public Instant comparedAt() { return comparedAt; }

    public boolean hasCompared() {
        return comparedAt != null;
    }

    public String partialDecryption() { return partialDecryption; }
}
