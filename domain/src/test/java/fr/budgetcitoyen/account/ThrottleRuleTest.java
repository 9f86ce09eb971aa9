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
    void waitsLongerAfterEachFailureUntilTheLimitBlocks() {
        ThrottleRule growing = new ThrottleRule(5, Duration.ofMinutes(15), Duration.ofSeconds(2));
        Instant latest = t0.plusSeconds(30);
        assertTrue(growing.blockedUntil(1, t0, t0).isEmpty(), "one typo costs nothing");
        assertEquals(latest.plusSeconds(2), growing.blockedUntil(2, t0, latest).orElseThrow());
        assertEquals(latest.plusSeconds(4), growing.blockedUntil(3, t0, latest).orElseThrow());
        assertEquals(latest.plusSeconds(8), growing.blockedUntil(4, t0, latest).orElseThrow());
        assertEquals(t0.plus(Duration.ofMinutes(15)), growing.blockedUntil(5, t0, latest).orElseThrow(), "then the block");
        assertTrue(rule.blockedUntil(2, t0, latest).isEmpty(), "a rule without delay only blocks at its limit");
    }

    @Test
    void refusesAnEmptyRule() {
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRule(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRule(1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRule(1, Duration.ofMinutes(1), Duration.ofSeconds(-1)));
    }

    @Test
    void keysIgnoreCaseAndSpacesAndNameNobody() {
        assertEquals(LoginFailure.accountKey(" Alice@Example.org "), LoginFailure.accountKey("alice@example.org"));
        assertNotEquals(LoginFailure.accountKey("10.0.0.1"), LoginFailure.addressKey("10.0.0.1"));
        assertEquals(64, LoginFailure.addressKey("10.0.0.1").length());
        assertTrue(!LoginFailure.accountKey("alice@example.org").contains("alice"));
    }
}
