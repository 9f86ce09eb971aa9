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
 * Slows down password guessing: 5 failures for one account, or 20 from one address, within 15 minutes
 * block further attempts until the window has passed. The failures live in the database: every node of a
 * cluster counts them all, and a restart forgets nothing.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final ThrottleRule PER_ACCOUNT = new ThrottleRule(5, WINDOW);
    private static final ThrottleRule PER_ADDRESS = new ThrottleRule(20, WINDOW);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> blockedUntil(String email, String address) {
        Instant now = Instant.now(clock);
        Optional<Instant> account = blockedUntil(PER_ACCOUNT, LoginFailure.accountKey(email), now);
        return account.isPresent() ? account : blockedUntil(PER_ADDRESS, LoginFailure.addressKey(address), now);
    }

    /** Recorded in a transaction of its own: the caller's rolling back must not forget a failure. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String email, String address) {
        Instant now = Instant.now(clock);
        em.createQuery("delete from LoginFailure f where f.failedAt <= :start")
                .setParameter("start", now.minus(WINDOW)).executeUpdate();
        em.persist(new LoginFailure(LoginFailure.accountKey(email), now));
        em.persist(new LoginFailure(LoginFailure.addressKey(address), now));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String email) {
        em.createQuery("delete from LoginFailure f where f.key = :key")
                .setParameter("key", LoginFailure.accountKey(email)).executeUpdate();
    }

    private Optional<Instant> blockedUntil(ThrottleRule rule, String key, Instant now) {
        Object[] row = em.createQuery("select count(f), min(f.failedAt) from LoginFailure f"
                        + " where f.key = :key and f.failedAt > :start", Object[].class)
                .setParameter("key", key).setParameter("start", rule.windowStart(now)).getSingleResult();
        return rule.blockedUntil((Long) row[0], (Instant) row[1]);
    }
}
