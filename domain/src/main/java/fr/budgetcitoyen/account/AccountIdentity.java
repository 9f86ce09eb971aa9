package fr.budgetcitoyen.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An account's identity at an OpenID Connect provider: the provider's subject, never its e-mail address,
 * is what signs the person in again (the address is not part of a certified identity, and matching on it
 * alone would hand an account to whoever controls that address at the provider).
 */
@Entity
@Table(name = "account_identity")
@IdClass(AccountIdentity.Key.class)
public class AccountIdentity {

    /** The provider's issuer and the person's subject there. */
    public record Key(String issuer, String subject) implements Serializable {
    }

    @Id
    @Column(length = 300)
    private String issuer;

    @Id
    @Column(length = 255)
    private String subject;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected AccountIdentity() {
        // for JPA
    }

    public AccountIdentity(String issuer, String subject, long accountId, Instant linkedAt) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.accountId = accountId;
        this.linkedAt = Objects.requireNonNull(linkedAt, "linkedAt");
    }

    public long accountId() { return accountId; }
}
