package fr.budgetcitoyen.structure;

import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.project.ProjectStatus;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StructureTest {

    private static final String SIREN = "812345676";
    private static final String RNA = "W623001457";

    private static CarriedProject project(long id, int year, String name, String number) {
        return new CarriedProject(id, year, name, number, LegalForm.ASSOCIATION, "lens-lievin", "62498");
    }

    @Test
    void numbersAreNormalisedAndOnlyValidOnesIdentify() {
        assertEquals(SIREN, StructureKeys.number("812 345 676"));
        assertEquals(SIREN, StructureKeys.number(" 812.345.676 "));
        assertEquals(RNA, StructureKeys.number("w623001457"));
        assertNull(StructureKeys.number("812345677"), "a wrong check digit identifies nothing");
        assertNull(StructureKeys.number(""));
        assertNull(StructureKeys.number(null));
        assertNull(project(1, 2018, "A", "12345").registrationNumber());
    }

    @Test
    void namesAreComparedWithoutAccentsCaseLegalFormsOrArticles() {
        assertEquals("seconde main", StructureKeys.name("Association Seconde main"));
        assertEquals("seconde main", StructureKeys.name("SECONDE-MAIN (asso.)"));
        assertEquals("repit partage", StructureKeys.name("Répit partagé"));
        assertEquals("toit commun", StructureKeys.name("Le Toit Commun"));
        assertEquals("scic", StructureKeys.name("SCIC"), "a name of noise words only is kept whole");
    }

    @Test
    void aStructureIsDescribedByItsLatestProjectAndClaimsItsNumbers() {
        Structure s = Structure.founding(project(1, 2021, "Le Comptoir", SIREN));
        s.attach(project(2, 2018, "Comptoir des voisins", SIREN));
        s.attach(project(2, 2018, "Comptoir des voisins", SIREN));
        assertEquals(2, s.projects().size(), "a project joins once");
        assertEquals("Le Comptoir", s.name(), "the 2021 file describes it, not the older one");
        assertEquals(Set.of(2018, 2021), s.years());
        assertTrue(s.claims("812345676"));
        assertFalse(s.claims(RNA));
        assertFalse(s.claims(null), "no number claims nothing");
    }

    @Test
    void aMergeMovesEveryProjectAndTheirNumbers() {
        Structure siren = Structure.founding(project(1, 2021, "Association Le Comptoir des voisins", SIREN));
        Structure rna = Structure.founding(project(2, 2018, "Association Le Comptoir des voisins", RNA));
        siren.absorb(rna);
        assertEquals(List.of(2L, 1L), siren.projects().stream().map(CarriedProject::projectId).toList(), "oldest edition first");
        assertTrue(rna.projects().isEmpty());
        assertEquals(Set.of(SIREN, RNA), siren.numbers());
        assertTrue(siren.claims(RNA), "a later file under the RNA joins the merged structure");
        assertEquals(StructureRefusedException.Reason.SAME,
                assertThrows(StructureRefusedException.class, () -> siren.absorb(siren)).reason());
    }

    @Test
    void aSplitTakesItsNumberUnlessAProjectThatStaysHasItToo() {
        Structure s = Structure.founding(project(1, 2018, "Seconde main", RNA));
        s.attach(project(2, 2021, "Seconde main", SIREN));
        s.attach(project(3, 2024, "Seconde main", SIREN));
        Structure byRna = s.split(1);
        assertTrue(byRna.claims(RNA) && !s.claims(RNA), "the RNA leaves with the only project that had it");
        assertFalse(byRna.projects().get(0).isSetApart());
        Structure apart = s.split(3);
        assertTrue(apart.projects().get(0).isSetApart(), "the SIREN stays with the project that remains");
        assertFalse(apart.claims(SIREN));
        assertTrue(s.claims(SIREN));
        assertEquals(StructureRefusedException.Reason.LAST_PROJECT,
                assertThrows(StructureRefusedException.class, () -> s.split(2)).reason());
        assertEquals(StructureRefusedException.Reason.UNKNOWN,
                assertThrows(StructureRefusedException.class, () -> s.split(99)).reason());
        apart.absorb(s);
        assertTrue(apart.claims(SIREN), "merged back, the project leads its number again");
    }

    @Test
    void structuresOfTheSameNameAreDoubtfulPairs() {
        StructureRecord a = record(Structure.founding(project(1, 2018, "Association Seconde main", null)), 10);
        StructureRecord b = record(Structure.founding(project(2, 2021, "Seconde Main", SIREN)), 11);
        StructureRecord c = record(Structure.founding(project(3, 2021, "Cliss XXI", "901234583")), 12);
        List<DoubtfulPair> pairs = DoubtfulPair.among(List.of(c, b, a));
        assertEquals(1, pairs.size());
        assertEquals(a, pairs.get(0).first());
        assertEquals(b, pairs.get(0).second());
    }

    @Test
    void theFateOfAProjectIsTheFurthestStepItReached() {
        CarriedProject carried = project(1, 2018, "A", SIREN);
        ProjectRecord labelled = new ProjectRecord(carried, "t", ProjectStatus.LABELLED, null, null, null);
        ProjectRecord onBallot = new ProjectRecord(carried, "t", ProjectStatus.VALIDATED, null, null, null);
        ProjectRecord funded = new ProjectRecord(carried, "t", ProjectStatus.VALIDATED, Money.euros(9_800), Money.ZERO, null);
        ProjectRecord paid = new ProjectRecord(carried, "t", ProjectStatus.VALIDATED, Money.euros(9_800), Money.euros(6_860), null);
        assertEquals(List.of(Fate.LABELLED, Fate.ON_BALLOT, Fate.FUNDED, Fate.PAID),
                List.of(labelled.fate(), onBallot.fate(), funded.fate(), paid.fate()));
        assertTrue(paid.reached(Fate.FUNDED) && paid.reached(Fate.LABELLED));
        assertFalse(onBallot.reached(Fate.FUNDED));
        assertFalse(paid.reached(Fate.ACTIVE), "active only by a report");
        assertTrue(paid.active().isEmpty());
    }

    @Test
    void theFilterCombinesItsCriteria() {
        Structure s = Structure.founding(project(1, 2018, "Répit partagé", SIREN));
        s.attach(project(2, 2021, "Répit partagé", SIREN));
        StructureRecord r = new StructureRecord(s, List.of(new ProjectRecord(s.projects().get(0), "t", ProjectStatus.VALIDATED, null, null, null),
                new ProjectRecord(s.projects().get(1), "t", ProjectStatus.LABELLED, null, null, null)));
        assertTrue(new StructureFilter("repit", "lens-lievin", LegalForm.ASSOCIATION, 2021, Fate.ON_BALLOT).matches(r));
        assertTrue(StructureFilter.ANY.matches(r));
        assertFalse(new StructureFilter("toit", null, null, null, null).matches(r));
        assertFalse(new StructureFilter(null, "arrageois", null, null, null).matches(r));
        assertFalse(new StructureFilter(null, null, LegalForm.SCIC, null, null).matches(r));
        assertFalse(new StructureFilter(null, null, null, 2024, null).matches(r));
        assertFalse(new StructureFilter(null, null, null, null, Fate.FUNDED).matches(r));
    }

    /** A stored structure: its id as the database gives it. */
    private static StructureRecord record(Structure structure, long id) {
        try {
            var field = IdentifiedEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(structure, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return new StructureRecord(structure, List.of());
    }
}
