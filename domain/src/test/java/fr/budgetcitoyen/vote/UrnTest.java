package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.urn.Election;
import fr.budgetcitoyen.urn.Group;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The urn's life (keys, sealing, closing, counting) and each key holder's step in the ceremony. */
class UrnTest {

    private static final Instant NOW = Instant.parse("2026-08-30T10:00:00Z");

    @Test
    void aThresholdIsBetweenOneAndTheNumberOfHolders() {
        assertEquals("urn.threshold.range", assertThrows(UrnException.class, () -> Urn.prepare(1, 4, 3)).messageKey());
        assertEquals("urn.threshold.range", assertThrows(UrnException.class, () -> Urn.prepare(1, 0, 3)).messageKey());
        assertEquals("urn.holders.count", assertThrows(UrnException.class, () -> Urn.prepare(1, 1, 0)).messageKey());
        assertEquals("urn.holders.count", assertThrows(UrnException.class, () -> Urn.prepare(1, 2, Urn.MAX_HOLDERS + 1)).messageKey());
        assertEquals(UrnStatus.KEY_GENERATION, Urn.prepare(1, 2, 3).status());
    }

    @Test
    void theUrnTakesBallotsOnlyOnceSealedAndUntilClosed() {
        Urn urn = Urn.prepare(1, 2, 3);
        assertEquals("urn.seal.keysMissing", assertThrows(UrnException.class,
                () -> urn.seal("{}", "fp", "ear", "agent", NOW, "pv")).messageKey());
        assertFalse(urn.acceptsBallots());
        assertThrows(UrnException.class, () -> urn.close("[]"), "no closing before the sealing");

        urn.keysEstablished("{\"threshold\":2}");
        urn.seal("{}", "fp", "ear", "agent", NOW, "pv");
        assertTrue(urn.acceptsBallots() && urn.isSealed());
        assertEquals("urn.status.SEALED", assertThrows(UrnException.class, () -> urn.keysEstablished("{}")).messageKey());

        urn.close("[[]]");
        assertFalse(urn.acceptsBallots());
        assertEquals(UrnStatus.COUNTING, urn.status());
        urn.count("{}", NOW, "pv");
        assertEquals(UrnStatus.COUNTED, urn.status());
        assertThrows(UrnException.class, () -> urn.count("{}", NOW, "pv"), "counted once");
    }

    @Test
    void eachHolderWaitsForEveryoneBeforeTheNextStep() {
        Urn urn = Urn.prepare(1, 2, 2);
        KeyHolder one = new KeyHolder(1, 1, 10, "Une");
        KeyHolder two = new KeyHolder(1, 2, 20, "Deux");
        List<KeyHolder> both = List.of(one, two);
        assertEquals(CeremonyStep.CERT, CeremonyStep.of(urn, both, one));
        one.certify("c1");
        assertEquals(CeremonyStep.WAIT, CeremonyStep.of(urn, both, one), "the polynomial needs every certificate");
        two.certify("c2");
        assertEquals(CeremonyStep.POLYNOMIAL, CeremonyStep.of(urn, both, one));
        one.commit("p1");
        assertEquals(CeremonyStep.WAIT, CeremonyStep.of(urn, both, one));
        two.commit("p2");
        assertEquals(CeremonyStep.VOUTPUT, CeremonyStep.of(urn, both, two));
        one.verify("v1");
        two.verify("v2");
        assertEquals(CeremonyStep.WAIT, CeremonyStep.of(urn, both, one), "until the keys are established");
        urn.keysEstablished("{}");
        assertEquals(CeremonyStep.COMPARE, CeremonyStep.of(urn, both, one));
        one.confirmComparison(NOW);
        assertEquals(CeremonyStep.WAIT, CeremonyStep.of(urn, both, one));
        urn.seal("{}", "fp", "ear", "agent", NOW, "pv");
        assertEquals(CeremonyStep.DONE, CeremonyStep.of(urn, both, one));
        urn.close("[[]]");
        assertEquals(CeremonyStep.DECRYPT, CeremonyStep.of(urn, both, two));
        two.decrypt("d2");
        assertEquals(CeremonyStep.DONE, CeremonyStep.of(urn, both, two));
    }

    @Test
    void theCountsAreReadPerProjectAndACategoryWithoutBallotCountsZero() {
        Election election = Election.of("e", "Budget citoyen 2026", Group.mulG(BigInteger.TWO), 1,
                List.of(Group.mulG(BigInteger.TEN)), List.of(new Election.Question("A", List.of("12", "15")),
                        new Election.Question("B", List.of("20"))), "ab".repeat(32));
        Urn urn = Urn.prepare(1, 1, 1);
        urn.keysEstablished("{}");
        urn.seal(election.json(), election.fingerprint(), "ear", "agent", NOW, "pv");
        assertEquals(Map.of(), UrnResult.countsByProject(urn), "nothing before the count");
        urn.close("[]");
        urn.count("{\"num_tallied\":[7,0],\"result\":[[3,4],[]]}", NOW, "pv");
        assertEquals(Map.of(12L, 3L, 15L, 4L, 20L, 0L), UrnResult.countsByProject(urn));
    }
}
