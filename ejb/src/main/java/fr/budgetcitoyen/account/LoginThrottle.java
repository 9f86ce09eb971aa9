package fr.budgetcitoyen.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing: 5 failures for one account, or 20 from one address, within 15 minutes
 * block further attempts until the window has passed. Kept in memory: a restart forgets it, and each
 * node of a cluster counts for itself.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final LoginAttempts perAccount = new LoginAttempts(5, WINDOW);
    private final LoginAttempts perAddress = new LoginAttempts(20, WINDOW);

    @Inject
    private Clock clock;

    public Optional<Instant> blockedUntil(String email, String address) {
        Instant now = Instant.now(clock);
        Optional<Instant> account = perAccount.blockedUntil(accountKey(email), now);
        return account.isPresent() ? account : perAddress.blockedUntil(address, now);
    }

    public void failed(String email, String address) {
        Instant now = Instant.now(clock);
        perAccount.recordFailure(accountKey(email), now);
        perAddress.recordFailure(address, now);
    }

    public void succeeded(String email) {
        perAccount.recordSuccess(accountKey(email));
    }

    private static String accountKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
