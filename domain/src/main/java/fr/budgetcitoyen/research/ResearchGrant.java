package fr.budgetcitoyen.research;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Stamp;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An agent's permission for one named account to download the research data, for a stated purpose until an
 * expiry date (included). It is the permission itself, not a role: it ends by its date without anyone acting,
 * and its history (who granted, who revoked) stays for the audit.
 */
@Entity
@Table(name = "research_grant")
@NamedQuery(name = "ResearchGrant.ofAccount", query = "select g from ResearchGrant g where g.accountId = :account order by g.granted.at desc, g.id desc")
@NamedQuery(name = "ResearchGrant.all", query = "select g from ResearchGrant g order by g.granted.at desc, g.id desc")
public class ResearchGrant extends IdentifiedEntity {

    public static final int PURPOSE_MAX = 1000;

    /** A research agreement rarely runs longer than a doctorate: beyond, the agent grants again. */
    public static final int MAX_YEARS = 3;

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = PURPOSE_MAX)
    private String purpose;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "granted_by", length = 254, nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "granted_at", nullable = false))
    private Stamp granted;

    /** Null while the grant holds. */
    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "revoked_by", length = 254))
    @AttributeOverride(name = "at", column = @Column(name = "revoked_at"))
    private Stamp revoked;

    protected ResearchGrant() {
        // for JPA
    }

    /**
     * Grants access to {@code accountId} (null: no account has the address typed), every field checked at once:
     * a purpose, an expiry from today to {@value #MAX_YEARS} years ahead.
     */
    public static ResearchGrant grant(Long accountId, String purpose, LocalDate expiresOn, String by, LocalDate today, Instant now) {
        new InvalidFieldsException.Check()
                .require(accountId != null, "email", "research.email.unknown")
                .text(purpose, PURPOSE_MAX, "purpose", "research.purpose")
                .require(expiresOn != null, "expiresOn", "research.expiresOn.required")
                .require(expiresOn == null || !expiresOn.isBefore(today), "expiresOn", "research.expiresOn.past")
                .require(expiresOn == null || !expiresOn.isAfter(today.plusYears(MAX_YEARS)), "expiresOn", "research.expiresOn.tooFar")
                .orThrow();
        ResearchGrant grant = new ResearchGrant();
        grant.accountId = accountId;
        grant.purpose = purpose.strip();
        grant.expiresOn = expiresOn;
        grant.granted = new Stamp(by, now);
        return grant;
    }

    /** Ends the access at once; a second revocation keeps the first one's author and time. */
    public void revoke(String by, Instant now) {
        if (revoked == null) {
            revoked = new Stamp(by, now);
        }
    }

    public Status status(LocalDate today) {
        if (revoked != null) {
            return Status.REVOKED;
        }
        return today.isAfter(expiresOn) ? Status.EXPIRED : Status.ACTIVE;
    }

    /**
     * What an account's grants allow today: an active one, else the refusal that explains the latest one
     * (expired or revoked), else no grant at all.
     */
    public static ResearchGrant requireActive(List<ResearchGrant> grants, LocalDate today) {
        Optional<ResearchGrant> latest = current(grants, today);
        if (latest.isEmpty()) {
            throw new ResearchRefusedException(ResearchRefusedException.Reason.NO_GRANT);
        }
        return switch (latest.get().status(today)) {
            case ACTIVE -> latest.get();
            case EXPIRED -> throw new ResearchRefusedException(ResearchRefusedException.Reason.EXPIRED);
            case REVOKED -> throw new ResearchRefusedException(ResearchRefusedException.Reason.REVOKED);
        };
    }

    /** The grant to show an account: an active one (the furthest expiry), else the latest granted. */
    public static Optional<ResearchGrant> current(List<ResearchGrant> grants, LocalDate today) {
        return grants.stream().filter(g -> g.status(today) == Status.ACTIVE).max(Comparator.comparing(ResearchGrant::expiresOn))
                .or(() -> grants.stream().max(Comparator.comparing(g -> g.granted().at())));
    }

    public long accountId() { return accountId; }

    public String purpose() { return purpose; }

    public LocalDate expiresOn() { return expiresOn; }

    public Stamp granted() { return granted; }

    public Optional<Stamp> revoked() {
        return Optional.ofNullable(revoked);
    }
}
