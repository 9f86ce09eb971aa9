package fr.budgetcitoyen.ambassador;

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

class ProfileChangeTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static Ambassador stored() throws ReflectiveOperationException {
        Ambassador ambassador = Ambassador.recognise(new AmbassadorProfile("La Ressourcerie", Theme.ENVIRONMENT,
                "Collecte et réemploi.", null, "contact@ressourcerie.fr", false), 2019, "CP 2019-12", "62041", "arrageois",
                LegalForm.ASSOCIATION);
        return Ids.assign(ambassador, 7L);
    }

    @Test
    void nothingIsPublishedBeforeAnAgentApprovesAndTheReviewShowsOnlyWhatChanges() throws Exception {
        Ambassador ambassador = stored();
        assertNull(ambassador.publicContact(), "no consent, no public contact");
        ProfileChange change = ProfileChange.propose(ambassador, new AmbassadorProfile(" La Ressourcerie d'Arras ",
                Theme.ENVIRONMENT, "Collecte et réemploi.", "https://ressourcerie.example", "contact@ressourcerie.fr", true),
                "ambassador@demo", NOW);
        assertEquals("La Ressourcerie", ambassador.name(), "still the online profile");
        assertEquals(List.of("name", "website", "contactPublic"),
                change.differencesFrom(ambassador).stream().map(ProfileChange.Difference::field).toList());
        change.approve(ambassador, "agent@demo");
        assertEquals("La Ressourcerie d'Arras", ambassador.name());
        assertEquals("contact@ressourcerie.fr", ambassador.publicContact());
        assertThrows(IllegalStateException.class, () -> change.reject("trop tard", "agent@demo"));
    }

    @Test
    void aRejectionNeedsAReasonAndBadFieldsAreAllReported() throws Exception {
        Ambassador ambassador = stored();
        InvalidFieldsException bad = assertThrows(InvalidFieldsException.class, () -> ProfileChange.propose(ambassador,
                new AmbassadorProfile(" ", null, "x", "javascript:alert(1)", "pas-une-adresse", true), "a", NOW));
        assertEquals(List.of("ambassador.name.required", "ambassador.theme.required", "ambassador.website.invalid",
                "ambassador.contactEmail.invalid"), bad.problems().stream().map(InvalidFieldsException.Problem::key).toList());
        ProfileChange change = ProfileChange.propose(ambassador, ambassador.profile(), "a", NOW);
        assertThrows(InvalidFieldsException.class, () -> change.reject(" ", "agent"));
        change.reject("Le site ne répond pas.", "agent");
        assertEquals(ProfileChange.Status.REJECTED, change.status());
    }
}
