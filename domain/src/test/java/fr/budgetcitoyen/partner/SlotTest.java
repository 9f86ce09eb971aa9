package fr.budgetcitoyen.partner;

import fr.budgetcitoyen.shared.Ids;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlotTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 10, 0);
    private static final Instant AT = Instant.parse("2026-11-25T09:00:00Z");

    private static Slot slot() {
        Partner nef = Ids.assign(Partner.of("La NEF", PartnerKind.SOLIDARITY_FINANCE, "Prêts solidaires.", "https://www.lanef.com"), 4L);
        return Slot.publish(nef, NOW.plusDays(7), 45, "Maison de l'ESS, Arras", NOW);
    }

    @Test
    void aSlotIsPublishedInTheFutureForAReasonableTime() {
        InvalidFieldsException invalid = assertThrows(InvalidFieldsException.class,
                () -> Slot.publish(Ids.assign(Partner.of("X", PartnerKind.FOUNDATION, "Y", null), 1L), NOW.minusHours(1), 600, " ", NOW));
        assertEquals(List.of("startsAt", "duration", "place"), invalid.problems().stream().map(InvalidFieldsException.Problem::field).toList());
    }

    @Test
    void oneCarrierBooksItOthersAreToldItIsTakenAndACancellationFreesIt() {
        Slot slot = slot();
        slot.book(9, "Financer un atelier vélo", NOW, AT);
        assertTrue(slot.isBookedBy(9));
        InvalidFieldsException taken = assertThrows(InvalidFieldsException.class, () -> slot.book(10, "Moi aussi", NOW, AT));
        assertEquals("slot.taken", taken.problems().get(0).key());
        assertThrows(InvalidFieldsException.class, () -> slot.cancel(10, NOW), "only the carrier who booked it");
        slot.cancel(9, NOW);
        assertTrue(slot.isFree());
        slot.book(10, "Un prêt d'honneur", NOW, AT);
        assertFalse(slot.isBookedBy(9));
    }

    @Test
    void nothingIsBookedOrCancelledOnceItStarted() {
        Slot slot = slot();
        LocalDateTime later = NOW.plusDays(8);
        assertEquals("slot.started", assertThrows(InvalidFieldsException.class, () -> slot.book(9, "Trop tard", later, AT))
                .problems().get(0).key());
        slot.book(9, "À temps", NOW, AT);
        assertThrows(InvalidFieldsException.class, () -> slot.cancel(9, later));
    }
}
