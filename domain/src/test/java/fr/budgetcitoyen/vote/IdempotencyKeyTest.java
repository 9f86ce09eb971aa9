package fr.budgetcitoyen.vote;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdempotencyKeyTest {

    @Test
    void aKeyIsOneToSixtyFourSafeCharacters() {
        assertEquals("a", new IdempotencyKey("a").value());
        assertEquals("x".repeat(64), new IdempotencyKey("x".repeat(64)).value());
        assertEquals("0f3c-9A_b", new IdempotencyKey("0f3c-9A_b").value());
        for (String bad : new String[] {"", "x".repeat(65), "a b", "clé", "a/b", "a\nb", "<script>"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IdempotencyKey(bad), bad);
            assertTrue(e.getMessage().contains("Idempotency-Key"));
        }
        assertThrows(IllegalArgumentException.class, () -> new IdempotencyKey(null));
        assertNull(IdempotencyKey.ofNullable(null));
    }

    @Test
    void randomKeysAreValidAndDistinct() {
        IdempotencyKey a = IdempotencyKey.random();
        assertEquals(a, new IdempotencyKey(a.value()));
        assertNotEquals(a, IdempotencyKey.random());
    }

    @Test
    void aBallotAnswersOnlyTheKeyItWasCastWith() {
        UrnBallot withKey = new UrnBallot(1, 2, "p", "t", "{}", new byte[130], new IdempotencyKey("k-1"));
        assertTrue(withKey.castWith(new IdempotencyKey("k-1")));
        assertFalse(withKey.castWith(new IdempotencyKey("k-2")));
        assertFalse(withKey.castWith(null));
        UrnBallot without = new UrnBallot(1, 2, "p", "t", "{}", new byte[130], null);
        assertFalse(without.castWith(new IdempotencyKey("k-1")));
        assertNull(without.idempotencyKey());
    }
}
