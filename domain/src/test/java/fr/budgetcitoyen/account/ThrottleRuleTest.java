package fr.budgetcitoyen.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThrottleRuleTest {

    private final Instant t0 = Instant.parse("2026-11-24T10:00:00Z");
    private final ThrottleRule rule = new ThrottleRule(3, Duration.ofMinutes(15));

    @Test
    void blocksFromTheLimitUntilTheOldestFailureLeavesTheWindow() {
        assertTrue(rule.blockedUntil(2, t0).isEmpty());
        assertEquals(t0.plus(Duration.ofMinutes(15)), rule.blockedUntil(3, t0).orElseThrow());
        assertEquals(t0.minus(Duration.ofMinutes(15)), rule.windowStart(t0));
        assertTrue(rule.blockedUntil(0, null).isEmpty());
    }

    @Test
    void refusesAnEmptyRule() {
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRule(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRule(1, Duration.ZERO));
    }

    @Test
    void keysIgnoreCaseAndSpacesAndNameNobody() {
        assertEquals(LoginFailure.accountKey(" Alice@Example.org "), LoginFailure.accountKey("alice@example.org"));
        assertNotEquals(LoginFailure.accountKey("10.0.0.1"), LoginFailure.addressKey("10.0.0.1"));
        assertEquals(64, LoginFailure.addressKey("10.0.0.1").length());
        assertTrue(!LoginFailure.accountKey("alice@example.org").contains("alice"));
    }
}
