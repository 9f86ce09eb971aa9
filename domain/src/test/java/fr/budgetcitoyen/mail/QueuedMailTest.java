package fr.budgetcitoyen.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueuedMailTest {

    private static final Instant NOW = Instant.parse("2026-09-10T08:00:00Z");
    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final QueuedMail mail = new QueuedMail("a@example.org", "Rappel", "Demain", NOW, PERIOD);

    @Test
    void theFirstRetryWaitsAPeriodSoTheSendingAfterCommitGoesFirst() {
        assertEquals(NOW.plus(PERIOD), mail.nextAttemptAt());
        assertEquals(0, mail.attempts());
    }

    @Test
    void eachFailureDoublesTheWaitUpToAnHour() {
        mail.failed("Connection refused", NOW, PERIOD);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), mail.nextAttemptAt());
        mail.failed("Connection refused", NOW, PERIOD);
        assertEquals(NOW.plus(Duration.ofMinutes(4)), mail.nextAttemptAt());
        for (int i = 0; i < 30; i++) {
            mail.failed("Connection refused", NOW, PERIOD);
        }
        assertEquals(NOW.plus(Duration.ofHours(1)), mail.nextAttemptAt());
        assertEquals(32, mail.attempts());
        assertEquals("Connection refused", mail.lastError());
    }

    @Test
    void aLongErrorIsCutToItsColumn() {
        mail.failed("x".repeat(2000), NOW, PERIOD);
        assertEquals(500, mail.lastError().length());
    }

    @Test
    void givenUpAfterThreeDays() {
        assertFalse(mail.expired(NOW.plus(QueuedMail.GIVE_UP)));
        assertTrue(mail.expired(NOW.plus(QueuedMail.GIVE_UP).plusSeconds(1)));
    }
}
