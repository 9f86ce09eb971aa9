package fr.budgetcitoyen.audit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainHeadTest {

    @Test
    void theHeadIsMailedOnceADayWhicheverServerAsks() {
        AuditChainHead head = AuditChainHead.genesis();
        LocalDate monday = LocalDate.of(2026, 9, 7);
        assertTrue(head.publish(monday), "the first timer of the day mails it");
        assertFalse(head.publish(monday), "the other servers' timers find it done");
        assertTrue(head.publish(monday.plusDays(1)), "and the next day again");
        assertEquals(monday.plusDays(1), head.publishedOn().orElseThrow());
    }
}
