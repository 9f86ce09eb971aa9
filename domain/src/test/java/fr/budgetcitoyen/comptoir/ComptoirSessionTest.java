package fr.budgetcitoyen.comptoir;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.PhaseClosedException;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.demo.DemoEditions;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComptoirSessionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);
    private static final Instant INSTANT = Instant.parse("2026-11-24T09:00:00Z");
    private final Campaign edition = DemoEditions.nextEdition(TODAY, 2027);

    private SessionPlan plan(LocalDateTime start, int capacity) {
        return new SessionPlan(start, start.plusHours(2), " La Ressourcerie ", "12 rue des Arts", "62041",
                "Association Rebond", Workshop.PITCH, "Mission ESS", capacity);
    }

    private ComptoirSession session(int capacity) {
        return ComptoirSession.plan(edition, plan(TODAY.plusDays(3).atTime(18, 0), capacity), "arrageois");
    }

    @Test
    void aSessionIsPlannedInsideTheComptoirsStep() {
        ComptoirSession session = session(12);
        assertEquals("La Ressourcerie", session.venue());
        assertEquals(12, session.placesLeft());
        InvalidFieldsException outside = assertThrows(InvalidFieldsException.class,
                () -> ComptoirSession.plan(edition, plan(TODAY.plusDays(200).atTime(18, 0), 12), "arrageois"));
        assertEquals(List.of("comptoir.startsAt.outsideStep"), keys(outside));
    }

    @Test
    void everyInvalidFieldOfAPlanIsReportedAtOnce() {
        SessionPlan bad = new SessionPlan(NOW.plusDays(1), NOW.plusDays(1).minusHours(1), " ", null, null,
                "x".repeat(ComptoirSession.TEXT_MAX + 1), null, "Mission ESS", 0);
        InvalidFieldsException refused = assertThrows(InvalidFieldsException.class,
                () -> ComptoirSession.plan(edition, bad, null));
        assertEquals(List.of("comptoir.endsAt.beforeStart", "comptoir.venue.required", "comptoir.address.required",
                "comptoir.commune.required", "comptoir.hostStructure.tooLong", "comptoir.workshop.required",
                "comptoir.capacity.range"), keys(refused));
    }

    @Test
    void whenTheSeatsAreTakenResidentsWaitAndACancellationPromotesTheFirstOfThem() {
        ComptoirSession session = session(2);
        assertTrue(session.register(1, null, NOW, INSTANT).isConfirmed());
        assertTrue(session.register(2, 40L, NOW, INSTANT.plusSeconds(1)).isConfirmed());
        assertTrue(session.isFull());
        Registration third = session.register(3, null, NOW, INSTANT.plusSeconds(2));
        Registration fourth = session.register(4, null, NOW, INSTANT.plusSeconds(3));
        assertTrue(third.isWaiting() && fourth.isWaiting());

        assertEquals(third, session.cancel(1, NOW).orElseThrow());
        assertTrue(third.isConfirmed());
        assertEquals(List.of(fourth), session.waitingList());
        assertEquals(0, session.placesLeft());

        assertTrue(session.cancel(4, NOW).isEmpty(), "leaving the waiting list frees no seat");
        assertEquals(2, session.confirmed().size());
    }

    @Test
    void aResidentRegistersOnceAndMayComeBackAfterCancelling() {
        ComptoirSession session = session(5);
        session.register(1, null, NOW, INSTANT);
        RegistrationRefusedException twice = assertThrows(RegistrationRefusedException.class,
                () -> session.register(1, null, NOW, INSTANT));
        assertEquals("comptoir.refused.alreadyRegistered", twice.messageKey());
        session.cancel(1, NOW);
        assertEquals(5, session.placesLeft());
        assertThrows(RegistrationRefusedException.class, () -> session.cancel(1, NOW));
        session.register(1, 9L, NOW, INSTANT);
        assertEquals(1, session.registrations().size());
        assertEquals(9L, session.registrationOf(1).orElseThrow().ideaId());
    }

    @Test
    void registrationClosesWhenTheSessionBeginsOrTheStepIsOver() {
        ComptoirSession session = session(5);
        LocalDateTime begun = session.startsAt();
        assertEquals("comptoir.refused.begun", assertThrows(RegistrationRefusedException.class,
                () -> session.register(1, null, begun, INSTANT)).messageKey());
        Campaign voting = DemoEditions.currentEdition(TODAY, PhaseType.VOTE);
        voting.schedule(PhaseType.COMPTOIRS, TODAY.plusDays(1), TODAY.plusDays(9));
        ComptoirSession later = ComptoirSession.plan(voting, plan(TODAY.plusDays(3).atTime(18, 0), 5), "arrageois");
        assertThrows(PhaseClosedException.class, () -> later.register(1, null, NOW, INSTANT));
    }

    @Test
    void theHostRecordsWhoCameOnceTheSessionHasBegun() {
        ComptoirSession session = session(5);
        session.register(1, 40L, NOW, INSTANT);
        session.register(2, 41L, NOW, INSTANT);
        session.register(3, null, NOW, INSTANT);
        assertThrows(RegistrationRefusedException.class, () -> session.recordAttendance(Set.of(1L), NOW));
        session.recordAttendance(Set.of(1L, 3L), session.startsAt().plusMinutes(30));
        assertTrue(session.isAttendanceRecorded());
        assertEquals(2, session.participants());
        assertFalse(session.registrationOf(2).orElseThrow().hasAttended());

        ComptoirFigures total = ComptoirFigures.of(List.of(session), List.of("arrageois", "artois")).get(1);
        assertTrue(total.isTotal());
        assertEquals(new ComptoirFigures(null, 1, 3, 2, 1), total);
    }

    @Test
    void residentsWithASeatAreRemindedOnceTheDayBefore() {
        ComptoirSession session = session(1);
        session.register(1, null, NOW, INSTANT);
        session.register(2, null, NOW, INSTANT);
        LocalDate dayBefore = session.startsAt().toLocalDate().minusDays(1);
        assertTrue(session.takeRemindersDue(TODAY, INSTANT).isEmpty());
        List<Registration> due = session.takeRemindersDue(dayBefore, INSTANT);
        assertEquals(List.of(1L), due.stream().map(Registration::accountId).toList());
        assertTrue(session.takeRemindersDue(dayBefore, INSTANT).isEmpty());
    }

    private static List<String> keys(InvalidFieldsException e) {
        return e.problems().stream().map(InvalidFieldsException.Problem::key).toList();
    }
}
