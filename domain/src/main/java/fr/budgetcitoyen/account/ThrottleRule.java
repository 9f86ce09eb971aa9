package fr.budgetcitoyen.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most {@code limit} failed sign-ins for one key (an account, an address) within a sliding window: past
 * it, the key is blocked until the oldest failure of the window leaves it.
 */
public record ThrottleRule(int limit, Duration window) {

    public ThrottleRule {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rule needs a positive limit and window");
        }
    }

    /** The failures that still count are those after this instant. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** When the key may try again, given its failures in the window and the oldest of them. */
    public Optional<Instant> blockedUntil(long failures, Instant oldest) {
        return failures >= limit && oldest != null ? Optional.of(oldest.plus(window)) : Optional.empty();
    }
}
