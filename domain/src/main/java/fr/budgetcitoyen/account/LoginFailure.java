package fr.budgetcitoyen.account;

import fr.budgetcitoyen.shared.Digests;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;

/**
 * One failed sign-in, counted against a key: kept in the database so that every node of a cluster counts the
 * same failures, and only for the throttle's window. The key is a hash: the table names neither the address
 * typed nor the client's IP.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure extends IdentifiedEntity {

    @Column(name = "throttle_key", nullable = false, length = 64)
    private String key;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {
        // for JPA
    }

    public LoginFailure(String key, Instant failedAt) {
        this.key = key;
        this.failedAt = failedAt;
    }

    /** The key of an account, whatever the case and spaces of the address typed. */
    public static String accountKey(String email) {
        return hash("account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT)));
    }

    /** The key of one account tried from one address: what a guesser at one place is blocked on. */
    public static String pairKey(String email, String address) {
        return hash("pair:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT)) + "|" + address);
    }

    public static String addressKey(String address) {
        return hash("address:" + address);
    }

    private static String hash(String value) {
        return Digests.sha256Hex(value);
    }
}
