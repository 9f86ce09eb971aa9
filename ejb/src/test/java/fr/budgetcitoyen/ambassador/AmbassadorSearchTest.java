package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.testing.TestContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The directory's filters, as every search form reads them: typed text whatever its case, a blank filter no filter. */
class AmbassadorSearchTest {

    private TestContainer container;
    private AmbassadorRepository ambassadors;

    @BeforeEach
    void start() {
        container = TestContainer.start();
        recognise("Le Phare 100% numérique", "arrageois");
        recognise("La Ressourcerie d'Hénin", "henin-carvin");
        ambassadors = container.bean(AmbassadorRepository.class);
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void typedTextIsFoundWhateverItsCaseAndSpaces() {
        assertEquals(List.of("Le Phare 100% numérique"), names("  PHARE ", null));
        assertEquals(List.of("La Ressourcerie d'Hénin"), names("ressourcerie", ""));
    }

    @Test
    void percentAndUnderscoreAreTypedCharactersNotWildcards() {
        assertEquals(List.of("Le Phare 100% numérique"), names("%", null));
        assertEquals(List.of(), names("d_h", null));
        assertEquals(List.of("La Ressourcerie d'Hénin"), names("d'h", null));
    }

    @Test
    void aBlankFilterKeepsEveryAmbassador() {
        assertEquals(2, names(" ", " ").size());
        assertEquals(2L, container.inTransaction(() -> ambassadors.count("", "", null, null, null)));
        assertEquals(List.of("La Ressourcerie d'Hénin"), names(null, "henin-carvin"));
    }

    private List<String> names(String text, String territory) {
        return container.inTransaction(() -> ambassadors.search(text, territory, null, null, null, 0, 10)).stream()
                .map(Ambassador::name).sorted().toList();
    }

    private void recognise(String name, String territory) {
        container.persist(Ambassador.recognise(new AmbassadorProfile(name, Theme.DIGITAL, "Permanences.", null, null, false), 2019,
                "CP 2019", "62041", territory, LegalForm.ASSOCIATION));
    }
}
