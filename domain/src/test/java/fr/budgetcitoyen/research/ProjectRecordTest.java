package fr.budgetcitoyen.research;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.demo.DemoEditions;
import fr.budgetcitoyen.labelling.EssMarker;
import fr.budgetcitoyen.labelling.Radar;
import fr.budgetcitoyen.project.BudgetLine;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectFileDraft;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.Territory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Radar TWO_MEMBERS = new Radar(Map.of(EssMarker.COOPERATION, new BigDecimal("3.5")), 2);

    /** A file with everything a carrier types that is personal: its referent, address, commune, SIRET, owner. */
    private static Project file() {
        Campaign next = DemoEditions.nextEdition(TODAY, 2027);
        Project file = Project.draft(next.categories().get(0), 42, "Repair café", TODAY);
        file.revise(new ProjectFileDraft("Repair café", "Réparer ensemble", Theme.ENVIRONMENT, "Les Bricoleurs",
                LegalForm.JUNIOR_ASSOCIATION, "W623004512", "Jeanne Référente", "1 place des Héros", "62041",
                List.of(new BudgetLine(BudgetLine.Kind.EXPENSE, "Travaux", Money.euros(40_000))),
                Money.euros(3_000)), next.categories().get(0), new Territory("Arrageois"), TODAY);
        return file;
    }

    @Test
    void noPersonalFieldOfTheFileReachesTheRecord() {
        Project file = file();
        String record = ProjectRecord.of(file, TWO_MEMBERS, 5, null, null, Money.ZERO, Optional.empty()).toString();
        for (String personal : List.of("Jeanne", "place des Héros", "62041", "W623004512", "42")) {
            assertFalse(record.contains(personal), personal + " in " + record);
        }
    }

    @Test
    void anUnpublishedFileStaysNamelessAndAPublishedOneKeepsItsPublicNames() {
        Project file = file();
        ProjectRecord unpublished = ProjectRecord.of(file, TWO_MEMBERS, 5, null, null, Money.ZERO, Optional.empty());
        assertFalse(unpublished.published());
        assertNull(unpublished.title());
        assertNull(unpublished.structure());

        Campaign edition = DemoEditions.edition2018();
        Project onBallot = new Project(edition.categories().get(0), "Repair café", "Réparer",
                new fr.budgetcitoyen.project.Carrier("Les Bricoleurs", LegalForm.ASSOCIATION), new Territory("Arrageois"),
                Money.euros(40_000), Money.euros(4_000));
        onBallot.label();
        onBallot.validateForBallot();
        ProjectRecord published = ProjectRecord.of(onBallot, TWO_MEMBERS, 5, 120L, Money.euros(4_000), Money.euros(1_000), Optional.empty());
        assertTrue(published.published());
        assertEquals("Repair café", published.title());
        assertEquals("Les Bricoleurs", published.structure());
        assertTrue(published.funded());
        assertEquals(0, new BigDecimal("1000").compareTo(published.paidEur()));
    }

    @Test
    void theCommitteesAveragesNeedTheMinimumGroupOfScorers() {
        Project file = file();
        assertTrue(ProjectRecord.of(file, TWO_MEMBERS, 5, null, null, Money.ZERO, Optional.empty()).radar().isEmpty());
        assertEquals(new BigDecimal("3.5"), ProjectRecord.of(file, TWO_MEMBERS, 2, null, null, Money.ZERO, Optional.empty())
                .radar().get(EssMarker.COOPERATION));
        assertEquals(2, ProjectRecord.of(file, TWO_MEMBERS, 5, null, null, Money.ZERO, Optional.empty()).committeeMembers());
    }
}
