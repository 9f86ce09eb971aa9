package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.comptoir.Workshop;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.Ids;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentoringTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final long MANAGER = 5;
    private static final long CARRIER = 9;

    private static Ambassador ambassador() {
        Ambassador a = Ambassador.recognise(new AmbassadorProfile("Le Phare numérique", Theme.DIGITAL, "Permanences numériques.",
                null, "contact@phare.example", false), 2019, "CP 2019", "62160", "boulonnais", LegalForm.ASSOCIATION);
        a.entrustTo(MANAGER);
        return Ids.assign(a, 3L);
    }

    @Test
    void aCarrierAsksOnceAndTheAmbassadorAnswersOnce() {
        MentoringRequest request = MentoringRequest.ask(ambassador(), CARRIER, "  Comment trouver un local ?  ", false, NOW);
        assertTrue(request.isOpen());
        assertEquals("Comment trouver un local ?", request.message());
        request.accept(" ", NOW);
        assertEquals(RequestStatus.ACCEPTED, request.status());
        assertNull(request.answer(), "a blank word is no word");
        assertThrows(IllegalStateException.class, () -> request.decline("Finalement non.", NOW));
    }

    @Test
    void noRequestToOnesOwnInitiativeNorASecondOpenOneAndADeclineSaysWhy() {
        InvalidFieldsException own = assertThrows(InvalidFieldsException.class,
                () -> MentoringRequest.ask(ambassador(), MANAGER, "Aidez-moi", false, NOW));
        assertEquals("mentoring.own", own.problems().get(0).key());
        InvalidFieldsException twice = assertThrows(InvalidFieldsException.class,
                () -> MentoringRequest.ask(ambassador(), CARRIER, "Encore moi", true, NOW));
        assertEquals("mentoring.alreadyOpen", twice.problems().get(0).key());
        MentoringRequest request = MentoringRequest.ask(ambassador(), CARRIER, "Aidez-moi", false, NOW);
        InvalidFieldsException silent = assertThrows(InvalidFieldsException.class, () -> request.decline("", NOW));
        assertEquals("mentoring.answer.required", silent.problems().get(0).key());
        assertTrue(request.isOpen(), "still open after a refused answer");
    }

    @Test
    void aSheetNeedsATitleABodyAndATheme() {
        InvalidFieldsException invalid = assertThrows(InvalidFieldsException.class,
                () -> ExperienceSheet.write(ambassador(), " ", null, null, Workshop.PITCH, NOW));
        assertEquals(List.of("title", "body", "theme"), invalid.problems().stream().map(InvalidFieldsException.Problem::field).toList());
        ExperienceSheet sheet = ExperienceSheet.write(ambassador(), "Réussir son pitch", "Trois minutes, une histoire.", Theme.DIGITAL,
                Workshop.PITCH, NOW);
        assertEquals(3L, sheet.ambassadorId());
        assertEquals("Réussir son pitch", sheet.title());
    }

    @Test
    void aDeletedCarriersMessageIsForgotten() {
        MentoringRequest request = MentoringRequest.ask(ambassador(), CARRIER, "Je suis Paul, 06 12 34 56 78", false, NOW);
        request.forget();
        assertEquals("", request.message());
        assertTrue(request.isOpen(), "still in the ambassador's list");
    }
}
