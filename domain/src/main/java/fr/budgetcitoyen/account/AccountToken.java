package fr.budgetcitoyen.account;

import fr.budgetcitoyen.shared.Digests;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A single-use, expiring secret sent by e-mail. Only its SHA-256 is stored: a copy of the database
 * does not let anyone confirm, consent or reset in someone else's name.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = "AccountToken.findByHash", query = "select t from AccountToken t join fetch t.account where t.tokenHash = :hash")
@NamedQuery(name = "AccountToken.deleteForAccount", query = "delete from AccountToken t where t.account = :account")
public class AccountToken extends IdentifiedEntity {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "new_email", length = EmailAddress.MAX_LENGTH)
    private String newEmail;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
        // for JPA
    }

    private AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant now, String newEmail) {
        this.account = Objects.requireNonNull(account, "account");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.tokenHash = tokenHash;
        this.expiresAt = now.plus(purpose.validity());
        this.newEmail = newEmail;
    }

    /** A new token; the clear value is returned once, to be mailed, and never stored. */
    public static Issued issue(Account account, TokenPurpose purpose, Instant now) {
        return issue(account, purpose, now, null);
    }

    public static Issued issue(Account account, TokenPurpose purpose, Instant now, String newEmail) {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String normalizedEmail = newEmail == null ? null : EmailAddress.normalize(newEmail);
        return new Issued(new AccountToken(account, purpose, hash(value), now, normalizedEmail), value);
    }

    public static String hash(String value) {
        return Digests.sha256Hex(value);
    }

    public boolean isUsableFor(TokenPurpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the token: a second use is refused. */
    public void use(TokenPurpose expected, Instant now) {
        if (!isUsableFor(expected, now)) {
            throw new InvalidTokenException();
        }
        usedAt = now;
    }

    public Account account() { return account; }

    public TokenPurpose purpose() { return purpose; }

    public String newEmail() { return newEmail; }

    public Instant expiresAt() { return expiresAt; }

    /** A token together with its clear value, which exists only in memory until it is mailed. */
    public record Issued(AccountToken token, String value) {
    }
}
