package fr.budgetcitoyen.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginAttemptsTest {

    private final Instant t0 = Instant.parse("2026-11-24T10:00:00Z");
    private final LoginAttempts attempts = new LoginAttempts(3, Duration.ofMinutes(15));

    @Test
    void blocksAfterTheLimitUntilTheOldestFailureLeavesTheWindow() {
        attempts.recordFailure("a", t0);
        attempts.recordFailure("a", t0.plusSeconds(60));
        assertTrue(attempts.blockedUntil("a", t0.plusSeconds(61)).isEmpty());
        attempts.recordFailure("a", t0.plusSeconds(120));
        assertEquals(t0.plus(Duration.ofMinutes(15)), attempts.blockedUntil("a", t0.plusSeconds(121)).orElseThrow());
        assertTrue(attempts.blockedUntil("a", t0.plus(Duration.ofMinutes(15))).isEmpty());
        assertTrue(attempts.blockedUntil("b", t0).isEmpty(), "keys are independent");
    }

    @Test
    void aSuccessClearsTheFailures() {
        attempts.recordFailure("a", t0);
        attempts.recordFailure("a", t0);
        attempts.recordSuccess("a");
        attempts.recordFailure("a", t0);
        assertTrue(attempts.blockedUntil("a", t0).isEmpty());
    }
}
