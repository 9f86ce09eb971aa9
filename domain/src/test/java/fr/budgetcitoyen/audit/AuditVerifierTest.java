package fr.budgetcitoyen.audit;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditVerifierTest {

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00.123456789Z");

    private final AuditChainHead head = AuditChainHead.genesis();

    private List<AuditEntry> log(int entries) {
        List<AuditEntry> log = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            log.add(new AuditEntry(head, "salt" + i, T0.plusSeconds(i), "agent@pasdecalais.fr", "idea.publish",
                    "idea " + i, "SUBMITTED", "PUBLISHED"));
        }
        return log;
    }

    private AuditVerifier.Result walk(List<AuditEntry> log, AuditVerifier verifier) {
        log.forEach(verifier::accept);
        return verifier.finish(head);
    }

    @Test
    void anUntouchedLogVerifiesAndEachEntryLinksToThePreviousOne() {
        List<AuditEntry> log = log(5);
        AuditVerifier.Result result = walk(log, new AuditVerifier());
        assertTrue(result.intact(), result.toString());
        assertEquals(5, result.checked());
        assertEquals(head.lastHash(), result.lastHash());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), log.stream().map(AuditEntry::seq).toList());
        assertNotEquals(log.get(0).hash(), log.get(1).hash());
        assertEquals(T0.truncatedTo(java.time.temporal.ChronoUnit.MICROS), log.get(0).occurredAt(), "kept as databases store it");
    }

    @Test
    void aRemovedEntryIsFoundWhereItWas() {
        List<AuditEntry> log = log(5);
        log.remove(2);
        AuditVerifier.Result result = walk(log, new AuditVerifier());
        assertEquals(AuditVerifier.Break.MISSING, result.broken().orElseThrow());
        assertEquals(3, result.brokenAt());
    }

    @Test
    void anAlteredActionOrTimeBreaksItsOwnLink() throws Exception {
        List<AuditEntry> log = log(4);
        set(log.get(1), "action", "idea.refuse");
        AuditVerifier.Result result = walk(log, new AuditVerifier());
        assertEquals(AuditVerifier.Break.ALTERED, result.broken().orElseThrow());
        assertEquals(2, result.brokenAt());
    }

    @Test
    void changedPersonalDataIsCaughtButAnErasureIsNot() throws Exception {
        List<AuditEntry> log = log(3);
        log.get(0).erase("agent@pasdecalais.fr", "compte-supprime-7");
        AuditVerifier.Result erased = walk(log, new AuditVerifier());
        assertTrue(erased.intact(), "an erasure keeps the chain valid: " + erased);
        assertEquals(1, erased.erased());
        assertFalse(log.get(0).actor().contains("agent@"), "the address is gone");

        set(log.get(2), "actor", "someone-else@pasdecalais.fr");
        AuditVerifier.Result blamed = walk(log, new AuditVerifier());
        assertEquals(AuditVerifier.Break.PERSONAL_DATA_ALTERED, blamed.broken().orElseThrow());
        assertEquals(3, blamed.brokenAt());
    }

    @Test
    void theLatestEntriesRemovedAreCaughtByTheHead() {
        List<AuditEntry> log = log(4);
        log.remove(3);
        AuditVerifier.Result result = walk(log, new AuditVerifier());
        assertEquals(AuditVerifier.Break.TAIL_REMOVED, result.broken().orElseThrow());
        assertEquals(4, result.brokenAt());
    }

    @Test
    void aWholeRewriteIsCaughtByAHashPublishedBefore() {
        List<AuditEntry> original = log(3);
        String published = original.get(1).hash();
        // Whoever rewrites the database can recompute a consistent chain and head, with entry 2 changed...
        AuditChainHead forgedHead = AuditChainHead.genesis();
        List<AuditEntry> forged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            forged.add(new AuditEntry(forgedHead, "salt" + i, T0.plusSeconds(i), "agent@pasdecalais.fr",
                    i == 1 ? "idea.refuse" : "idea.publish", "idea " + i, "SUBMITTED", "PUBLISHED"));
        }
        AuditVerifier plain = new AuditVerifier();
        forged.forEach(plain::accept);
        assertTrue(plain.finish(forgedHead).intact(), "a consistent forgery passes the chain alone");
        // ...but not the hash mailed to the administrators before.
        AuditVerifier anchored = new AuditVerifier(2, published);
        forged.forEach(anchored::accept);
        AuditVerifier.Result result = anchored.finish(forgedHead);
        assertEquals(AuditVerifier.Break.REWRITTEN, result.broken().orElseThrow());
        assertEquals(2, result.brokenAt());
    }

    private static void set(AuditEntry entry, String field, Object value) throws Exception {
        Field f = AuditEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(entry, value);
    }
}
