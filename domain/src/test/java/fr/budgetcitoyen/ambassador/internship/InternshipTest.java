package fr.budgetcitoyen.ambassador.internship;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorProfile;
import fr.budgetcitoyen.ambassador.RequestStatus;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.Ids;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InternshipTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final long MANAGER = 5;
    private static final long STUDENT = 9;

    private static Ambassador ambassador() {
        Ambassador a = Ambassador.recognise(new AmbassadorProfile("La Ressourcerie du Ternois", Theme.ENVIRONMENT, "Réemploi.",
                null, null, false), 2018, "CP 2018", "62588", "ternois", LegalForm.ASSOCIATION);
        a.entrustTo(MANAGER);
        return Ids.assign(a, 3L);
    }

    private static OfferDetails details(LocalDate start, LocalDate end) {
        return new OfferDetails(InternshipKind.INTERNSHIP, "  Stage atelier réparation  ", Theme.ENVIRONMENT, "62588", start, end,
                "Accueillir le public et réparer des petits appareils.");
    }

    private static InternshipOffer offer() {
        return Ids.assign(InternshipOffer.publish(ambassador(), details(TODAY.plusDays(30), TODAY.plusDays(90)), "ternois", TODAY, NOW), 11L);
    }

    private static List<String> keys(InvalidFieldsException invalid) {
        return invalid.problems().stream().map(InvalidFieldsException.Problem::key).toList();
    }

    @Test
    void anOfferNeedsEveryFieldAndSaysWhichAtOnce() {
        InvalidFieldsException invalid = assertThrows(InvalidFieldsException.class, () -> InternshipOffer.publish(ambassador(),
                new OfferDetails(null, " ", null, null, null, null, ""), null, TODAY, NOW));
        assertEquals(List.of("kind", "title", "topic", "commune", "startsOn", "endsOn", "description"),
                invalid.problems().stream().map(InvalidFieldsException.Problem::field).toList());
        InvalidFieldsException tooLong = assertThrows(InvalidFieldsException.class, () -> InternshipOffer.publish(ambassador(),
                new OfferDetails(InternshipKind.CIVIC_SERVICE, "x".repeat(161), Theme.YOUTH, "62588", TODAY, TODAY.plusDays(1),
                        "y".repeat(4001)), "ternois", TODAY, NOW));
        assertEquals(List.of("internship.title.tooLong", "internship.description.tooLong"), keys(tooLong));
    }

    @Test
    void datesRunForwardAndNotFromThePast() {
        InvalidFieldsException past = assertThrows(InvalidFieldsException.class, () -> InternshipOffer.publish(ambassador(),
                details(TODAY.minusDays(1), TODAY.plusDays(10)), "ternois", TODAY, NOW));
        assertEquals(List.of("internship.startsOn.past"), keys(past));
        InvalidFieldsException backwards = assertThrows(InvalidFieldsException.class, () -> InternshipOffer.publish(ambassador(),
                details(TODAY.plusDays(10), TODAY.plusDays(10)), "ternois", TODAY, NOW));
        assertEquals(List.of("internship.endsOn.beforeStart"), keys(backwards));
        InternshipOffer offer = offer();
        assertEquals("Stage atelier réparation", offer.title());
        assertTrue(offer.takesRequestsOn(TODAY));
        assertFalse(offer.takesRequestsOn(TODAY.plusDays(91)), "over: no more requests");
    }

    @Test
    void anOpenOfferIsEditedAStartedOneKeepsItsStartAndAClosedOneIsNot() {
        InternshipOffer offer = offer();
        LocalDate later = TODAY.plusDays(60);
        offer.edit(details(TODAY.plusDays(30), TODAY.plusDays(120)), "ternois", later);
        assertEquals(TODAY.plusDays(120), offer.endsOn());
        InvalidFieldsException moved = assertThrows(InvalidFieldsException.class,
                () -> offer.edit(details(TODAY.plusDays(31), TODAY.plusDays(120)), "ternois", later));
        assertEquals(List.of("internship.startsOn.past"), keys(moved));
        offer.close(NOW);
        assertFalse(offer.isOpen());
        assertThrows(IllegalStateException.class, () -> offer.edit(details(TODAY.plusDays(30), TODAY.plusDays(90)), "ternois", TODAY));
    }

    @Test
    void aYoungPersonAppliesOnceToAnOpenOfferOfSomeoneElse() {
        InternshipOffer offer = offer();
        InternshipRequest request = InternshipRequest.apply(offer, ambassador(), STUDENT, " Je suis en BTS. ", false, TODAY, NOW);
        assertEquals("Je suis en BTS.", request.message());
        assertTrue(request.isOpen());
        assertEquals(List.of("internship.alreadyAsked"), keys(assertThrows(InvalidFieldsException.class,
                () -> InternshipRequest.apply(offer, ambassador(), STUDENT, "Encore moi", true, TODAY, NOW))));
        assertEquals(List.of("internship.own"), keys(assertThrows(InvalidFieldsException.class,
                () -> InternshipRequest.apply(offer, ambassador(), MANAGER, "Moi-même", false, TODAY, NOW))));
        assertEquals(List.of("internship.message.required"), keys(assertThrows(InvalidFieldsException.class,
                () -> InternshipRequest.apply(offer, ambassador(), STUDENT, " ", false, TODAY, NOW))));
        offer.close(NOW);
        assertEquals(List.of("internship.closed"), keys(assertThrows(InvalidFieldsException.class,
                () -> InternshipRequest.apply(offer, ambassador(), 12, "Bonjour", false, TODAY, NOW))));
    }

    @Test
    void theAmbassadorAnswersOnceAndADeclineSaysWhy() {
        InternshipRequest request = InternshipRequest.apply(offer(), ambassador(), STUDENT, "Bonjour", false, TODAY, NOW);
        assertEquals(List.of("internship.answer.required"), keys(assertThrows(InvalidFieldsException.class, () -> request.decline(" ", NOW))));
        assertTrue(request.isOpen(), "still open after a refused answer");
        request.accept("Venez lundi à 9 h.", NOW);
        assertEquals(RequestStatus.ACCEPTED, request.status());
        assertEquals("Venez lundi à 9 h.", request.answer());
        assertThrows(IllegalStateException.class, () -> request.decline("Finalement non.", NOW));
    }

    @Test
    void aDeletedApplicantsMessageIsForgottenTheAnswerStays() {
        InternshipRequest request = InternshipRequest.apply(offer(), ambassador(), STUDENT, "Je m'appelle Léa, 06 12 34 56 78", false, TODAY, NOW);
        request.accept("Venez lundi.", NOW);
        request.forget();
        assertEquals("", request.message());
        assertEquals(RequestStatus.ACCEPTED, request.status());
    }
}
