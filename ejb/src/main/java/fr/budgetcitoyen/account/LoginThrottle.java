package fr.budgetcitoyen.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing without handing the owner's account to whoever wants to lock it (OWASP's
 * authentication guidance): 5 failures for one account <em>from one address</em> block that pair only; 30 for
 * one account from anywhere (a guesser using many addresses) block the account's passwords, and then its owner
 * signs in with a link mailed to them; 100 failures from one address (whatever the accounts) block that address
 * — successes never count, so a school or a town hall behind one address signs its people in. All within 15
 * minutes. Below its limit, the pair waits longer after each failure (2, 4, then 8 seconds from the second on), so
 * that guessing from one place is slow long before it is blocked, while one typo costs nothing. The failures live
 * in the database: every node of a cluster counts them all.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final ThrottleRule PER_PAIR = new ThrottleRule(5, WINDOW, Duration.ofSeconds(2));
    private static final ThrottleRule PER_ACCOUNT = new ThrottleRule(30, WINDOW);
    private static final ThrottleRule PER_ADDRESS = new ThrottleRule(100, WINDOW);

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> blockedUntil(String email, String address) {
        Instant now = Instant.now(clock);
        return blockedUntil(PER_PAIR, LoginFailure.pairKey(email, address), now)
                .or(() -> blockedUntil(PER_ACCOUNT, LoginFailure.accountKey(email), now))
                .or(() -> blockedUntil(PER_ADDRESS, LoginFailure.addressKey(address), now));
    }

    /** Recorded in a transaction of its own: the caller's rolling back must not forget a failure. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String email, String address) {
        Instant now = Instant.now(clock);
        em.createQuery("delete from LoginFailure f where f.failedAt <= :start")
                .setParameter("start", now.minus(WINDOW)).executeUpdate();
        em.persist(new LoginFailure(LoginFailure.pairKey(email, address), now));
        em.persist(new LoginFailure(LoginFailure.accountKey(email), now));
        em.persist(new LoginFailure(LoginFailure.addressKey(address), now));
    }

    /** The owner proved the password (or opened the mailed link): their account's counts start again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String email, String address) {
        em.createQuery("delete from LoginFailure f where f.key in :keys")
                .setParameter("keys", java.util.List.of(LoginFailure.accountKey(email), LoginFailure.pairKey(email, address)))
                .executeUpdate();
    }

    private Optional<Instant> blockedUntil(ThrottleRule rule, String key, Instant now) {
        Object[] row = em.createQuery("select count(f), min(f.failedAt), max(f.failedAt) from LoginFailure f"
                        + " where f.key = :key and f.failedAt > :start", Object[].class)
                .setParameter("key", key).setParameter("start", rule.windowStart(now)).getSingleResult();
        return rule.blockedUntil((Long) row[0], (Instant) row[1], (Instant) row[2]).filter(until -> until.isAfter(now));
    }
}
