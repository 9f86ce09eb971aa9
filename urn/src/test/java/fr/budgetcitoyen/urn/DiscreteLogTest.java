package fr.budgetcitoyen.urn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigInteger;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DiscreteLogTest {

    private static org.bouncycastle.math.ec.ECPoint times(long n) {
        return n == 0 ? Group.identity() : Group.mulG(BigInteger.valueOf(n));
    }

    @Test
    @Timeout(5)
    void findsLogsUpToAMillionQuickly() {
        DiscreteLog log = new DiscreteLog(1_000_000);
        for (long n : new long[] {0, 1, 2, 999, 1000, 1001, 1_000_000 - 1, 1_000_000}) {
            assertEquals(n, log.log(times(n)), "log of " + n);
        }
        assertEquals(OptionalLong.empty(), log.find(times(1_000_001)));
        assertEquals(OptionalLong.empty(), log.find(times(1_002_000)), "within m² but beyond the bound");
        assertEquals(OptionalLong.empty(), log.find(times(5_000_000)));
        assertEquals(OptionalLong.empty(), log.find(Group.mulG(Group.randomScalar())));
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> log.log(times(1_000_001)));
        assertEquals("le logarithme discret n'est pas entre 0 et 1000000", e.getMessage());
    }

    @Test
    void smallBounds() {
        assertEquals(0, DiscreteLog.of(Group.identity(), 0));
        assertThrows(InvalidMessageException.class, () -> DiscreteLog.of(Group.G, 0));
        assertEquals(1, DiscreteLog.of(Group.G, 1));
        assertThrows(InvalidMessageException.class, () -> DiscreteLog.of(times(2), 1));
        for (long bound = 0; bound < 20; bound++) {
            DiscreteLog log = new DiscreteLog(bound);
            for (long n = 0; n <= 25; n++) {
                assertEquals(n <= bound ? OptionalLong.of(n) : OptionalLong.empty(), log.find(times(n)),
                        n + " under " + bound);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new DiscreteLog(-1));
    }
}
