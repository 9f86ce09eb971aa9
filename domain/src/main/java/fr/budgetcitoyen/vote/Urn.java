package fr.budgetcitoyen.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * An edition's encrypted urn: the election key its holders made together (no one holds the whole
 * decryption key), the sealed election whose fingerprint every ballot's proofs bind, then the encrypted
 * tally and the counts that at least {@code threshold} holders decrypted together.
 */
@Entity
@Table(name = "urn")
public class Urn {

    /** More holders than this and the ceremony stops being something a bureau de vote can run. */
    public static final int MAX_HOLDERS = 9;

    @Id
    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(nullable = false)
    private int threshold;

    @Column(nullable = false)
    private int holders;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UrnStatus status;

    @Column(name = "threshold_parameters")
    private String thresholdParameters;

    private String election;

    private String fingerprint;

    @Column(name = "ear_sha256")
    private String earSha256;

    @Column(name = "sealed_at")
    private Instant sealedAt;

    @Column(name = "sealed_by")
    private String sealedBy;

    @Column(name = "seal_minutes")
    private String sealMinutes;

    @Column(name = "encrypted_tally")
    private String encryptedTally;

    private String result;

    @Column(name = "counted_at")
    private Instant countedAt;

    @Column(name = "count_minutes")
    private String countMinutes;

    @Version
    private long version;

    protected Urn() {
        // for JPA
    }

    private Urn(long campaignId, int threshold, int holders) {
        this.campaignId = campaignId;
        this.threshold = threshold;
        this.holders = holders;
        this.status = UrnStatus.KEY_GENERATION;
    }

    /** A new urn for an edition: {@code threshold} of {@code holders} will be needed to count. */
    public static Urn prepare(long campaignId, int threshold, int holders) {
        if (holders < 1 || holders > MAX_HOLDERS) {
            throw new UrnException("urn.holders.count");
        }
        if (threshold < 1 || threshold > holders) {
            throw new UrnException("urn.threshold.range");
        }
        return new Urn(campaignId, threshold, holders);
    }

    /** The holders' keys are all checked: the election key is known, the urn can be sealed. */
    public void keysEstablished(String thresholdParameters) {
        requireStatus(UrnStatus.KEY_GENERATION);
        this.thresholdParameters = Objects.requireNonNull(thresholdParameters);
    }

    public void seal(String election, String fingerprint, String earSha256, String sealedBy, Instant at, String minutes) {
        requireStatus(UrnStatus.KEY_GENERATION);
        if (thresholdParameters == null) {
            throw new UrnException("urn.seal.keysMissing");
        }
        this.election = Objects.requireNonNull(election);
        this.fingerprint = Objects.requireNonNull(fingerprint);
        this.earSha256 = earSha256;
        this.sealedBy = Objects.requireNonNull(sealedBy);
        this.sealedAt = Objects.requireNonNull(at);
        this.sealMinutes = Objects.requireNonNull(minutes);
        this.status = UrnStatus.SEALED;
    }

    /** The vote is over: the ballots' sum is fixed and handed to the holders. */
    public void close(String encryptedTally) {
        requireStatus(UrnStatus.SEALED);
        this.encryptedTally = Objects.requireNonNull(encryptedTally);
        this.status = UrnStatus.COUNTING;
    }

    public void count(String result, Instant at, String minutes) {
        requireStatus(UrnStatus.COUNTING);
        this.result = Objects.requireNonNull(result);
        this.countedAt = Objects.requireNonNull(at);
        this.countMinutes = Objects.requireNonNull(minutes);
        this.status = UrnStatus.COUNTED;
    }

    private void requireStatus(UrnStatus expected) {
        if (status != expected) {
            throw new UrnException("urn.status." + status);
        }
    }

    public boolean acceptsBallots() {
        return status == UrnStatus.SEALED;
    }

    public boolean isSealed() {
        return status != UrnStatus.KEY_GENERATION;
    }

    public Long campaignId() { return campaignId; }

    public int threshold() { return threshold; }

    public int holders() { return holders; }

    public UrnStatus status() { return status; }

    public String thresholdParameters() { return thresholdParameters; }

    public String election() { return election; }

    public String fingerprint() { return fingerprint; }

    public String earSha256() { return earSha256; }

    public Instant sealedAt() { return sealedAt; }

    public String sealMinutes() { return sealMinutes; }

    public String encryptedTally() { return encryptedTally; }

    public String result() { return result; }

    public Instant countedAt() { return countedAt; }

    public String countMinutes() { return countMinutes; }
}
