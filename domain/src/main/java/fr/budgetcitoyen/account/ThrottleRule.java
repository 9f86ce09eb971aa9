package fr.budgetcitoyen.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most {@code limit} failed sign-ins for one key (an account, an address) within a sliding window: past
 * it, the key is blocked until the oldest failure of the window leaves it. Below the limit a rule may also
 * make each further try wait longer (OWASP's progressive delays): from the second failure on, {@code delay},
 * then twice as long after each new failure, counted from the latest one.
 */
public record ThrottleRule(int limit, Duration window, Duration delay) {

    public ThrottleRule {
        if (limit < 1 || window.isNegative() || window.isZero() || delay.isNegative()) {
            throw new IllegalArgumentException("a rule needs a positive limit and window, and no negative delay");
        }
    }

    public ThrottleRule(int limit, Duration window) {
        this(limit, window, Duration.ZERO);
    }

    /** The failures that still count are those after this instant. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** When the key may try again, given its failures in the window and the oldest of them. */
    public Optional<Instant> blockedUntil(long failures, Instant oldest) {
        return failures >= limit && oldest != null ? Optional.of(oldest.plus(window)) : Optional.empty();
    }

    /**
     * When the key may try again, given its failures in the window, the oldest and the latest of them: blocked
     * past the limit, else the growing delay after the latest failure (an instant that may already be past).
     */
    public Optional<Instant> blockedUntil(long failures, Instant oldest, Instant latest) {
        Optional<Instant> blocked = blockedUntil(failures, oldest);
        if (blocked.isPresent() || delay.isZero() || failures < 2 || latest == null) {
            return blocked;
        }
        return Optional.of(latest.plus(delay.multipliedBy(1L << Math.min(failures - 2, 20))));
    }
}
