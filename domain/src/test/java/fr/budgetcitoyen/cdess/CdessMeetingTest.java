package fr.budgetcitoyen.cdess;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CdessMeetingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void minutesAreRecordedOnlyOnceTheMeetingWasHeld() {
        CdessMeeting next = CdessMeeting.convene(TODAY.plusDays(10), null, "Bilan du Budget citoyen 2026");
        InvalidFieldsException early = assertThrows(InvalidFieldsException.class, () -> next.recordMinutes("Compte rendu", TODAY));
        assertEquals("cdess.meeting.minutes.notYet", early.problems().get(0).key());
        CdessMeeting past = CdessMeeting.convene(TODAY.minusDays(3), 2L, "Atelier concertation");
        past.recordMinutes("  Douze participants ; trois propositions retenues.  ", TODAY);
        assertEquals("Douze participants ; trois propositions retenues.", past.minutes());
    }

    @Test
    void aMemberAndAMeetingSayEveryMissingField() {
        InvalidFieldsException member = assertThrows(InvalidFieldsException.class, () -> CdessMember.appoint(" ", null, null));
        assertEquals(List.of("name", "organisation", "college"), member.problems().stream().map(InvalidFieldsException.Problem::field).toList());
        InvalidFieldsException meeting = assertThrows(InvalidFieldsException.class, () -> CdessMeeting.convene(null, null, ""));
        assertEquals(List.of("heldOn", "agenda"), meeting.problems().stream().map(InvalidFieldsException.Problem::field).toList());
    }
}
