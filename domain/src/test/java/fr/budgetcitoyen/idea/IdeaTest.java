package fr.budgetcitoyen.idea;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.PhaseClosedException;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.demo.DemoEditions;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdeaTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final Campaign collecting = DemoEditions.nextEdition(TODAY, 2027);
    private final IdeaDraft draft = new IdeaDraft(" Un repair café ", "Réparer ensemble plutôt que jeter.", "62041",
            Theme.ENVIRONMENT, Set.of(HelpNeeded.FUNDING));

    @Test
    void anIdeaIsDepositedDuringTheIdeasStepAndAwaitsModeration() {
        Idea idea = Idea.deposit(collecting, 7, draft, "ARRAGEOIS", TODAY, NOW);
        assertEquals("Un repair café", idea.title());
        assertEquals(IdeaStatus.SUBMITTED, idea.status());
        assertEquals(Set.of(HelpNeeded.FUNDING), idea.helpNeeded());
    }

    @Test
    void outsideTheIdeasStepTheDepositIsRefused() {
        Campaign voting = DemoEditions.currentEdition(TODAY, PhaseType.VOTE);
        assertThrows(PhaseClosedException.class, () -> Idea.deposit(voting, 7, draft, "ARRAGEOIS", TODAY, NOW));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        IdeaDraft empty = new IdeaDraft(" ", "x".repeat(Idea.DESCRIPTION_MAX + 1), null, null, null);
        InvalidFieldsException refused = assertThrows(InvalidFieldsException.class,
                () -> Idea.deposit(collecting, 7, empty, null, TODAY, NOW));
        assertEquals(java.util.List.of("idea.title.required", "idea.description.tooLong", "idea.commune.required",
                "idea.theme.required"), refused.problems().stream().map(InvalidFieldsException.Problem::key).toList());
    }

    @Test
    void moderationPublishesOrRefusesWithAReasonOnce() {
        Idea published = Idea.deposit(collecting, 7, draft, "ARRAGEOIS", TODAY, NOW);
        published.publish();
        assertTrue(published.isPublished());
        assertThrows(IllegalStateException.class, () -> published.refuse("trop tard"));

        Idea refused = Idea.deposit(collecting, 7, draft, "ARRAGEOIS", TODAY, NOW);
        assertThrows(InvalidFieldsException.class, () -> refused.refuse("  "));
        refused.refuse("Hors des compétences du Département");
        assertEquals(IdeaStatus.REFUSED, refused.status());
        assertEquals("Hors des compétences du Département", refused.refusalReason());
    }

    @Test
    void aQuestionGoesToTheAuthorWhoseAnswerSendsTheIdeaBackToModeration() {
        Idea idea = Idea.deposit(collecting, 7, draft, "ARRAGEOIS", TODAY, NOW);
        assertThrows(InvalidFieldsException.class, () -> idea.askPrecision(" "));
        idea.askPrecision("Dans quelles communes le café passerait-il ?");
        assertTrue(idea.awaitsPrecision());
        assertThrows(IllegalStateException.class, idea::publish);
        assertThrows(IllegalStateException.class, () -> idea.clarify(8, "Pas mon idée"));
        assertThrows(InvalidFieldsException.class, () -> idea.clarify(7, ""));
        idea.clarify(7, "Arras, Dainville et Achicourt, une semaine sur trois.");
        assertEquals(IdeaStatus.SUBMITTED, idea.status());
        assertEquals("Arras, Dainville et Achicourt, une semaine sur trois.", idea.description());
        idea.publish();
    }

    @Test
    void aDuplicateIsMergedIntoAnIdeaOfTheSameGallery() {
        Idea original = Idea.deposit(collecting, 7, draft, "ARRAGEOIS", TODAY, NOW);
        Idea duplicate = Idea.deposit(collecting, 9, draft, "ARRAGEOIS", TODAY, NOW);
        assertThrows(InvalidFieldsException.class, () -> duplicate.mergeInto(original), "not published yet");
        assertThrows(InvalidFieldsException.class, () -> duplicate.mergeInto(duplicate));
        original.publish();
        Idea elsewhere = Idea.deposit(DemoEditions.nextEdition(TODAY, 2028), 9, draft, "ARRAGEOIS", TODAY, NOW);
        assertThrows(InvalidFieldsException.class, () -> elsewhere.mergeInto(original), "another edition");
        duplicate.mergeInto(original);
        assertEquals(IdeaStatus.MERGED, duplicate.status());
        assertThrows(IllegalStateException.class, duplicate::publish);
    }
}
