package fr.budgetcitoyen.labelling;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommitteeTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final Committee committee = new Committee(List.of(
            new CommitteeSeat(1, 10, "Service jeunesse", College.DEPARTMENT_SERVICES, NOW),
            new CommitteeSeat(1, 11, "APES", College.ESS_ACTORS, NOW),
            new CommitteeSeat(1, 12, "Pas-de-Calais Actif", College.SOLIDARITY_FINANCERS, NOW)));

    @Test
    void onlySeatedMembersAreOnTheCommitteeEachOnce() {
        assertTrue(committee.isSeated(11));
        assertFalse(committee.isSeated(13));
        InvalidFieldsException twice = assertThrows(InvalidFieldsException.class,
                () -> committee.requireFreeSeatFor(11, College.AMBASSADORS));
        assertEquals("committee.alreadySeated", twice.problems().get(0).key());
        assertEquals("committee.college.required", assertThrows(InvalidFieldsException.class,
                () -> committee.requireFreeSeatFor(13, null)).problems().get(0).key());
        committee.requireFreeSeatFor(13, College.AMBASSADORS);
    }

    @Test
    void everyCollegeIsListedEvenEmpty() {
        assertEquals(List.of(College.values()), List.copyOf(committee.byCollege().keySet()));
        assertTrue(committee.byCollege().get(College.AMBASSADORS).isEmpty());
        assertEquals("APES", committee.byCollege().get(College.ESS_ACTORS).get(0).memberName());
    }
}
