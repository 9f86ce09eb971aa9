package fr.budgetcitoyen.project;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.PhaseClosedException;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.demo.DemoEditions;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.territory.Territory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final Campaign campaign = DemoEditions.currentEdition(TODAY, PhaseType.VOTE);

    private Project submitted() {
        return new Project(campaign.categories().get(0), "Repair café", "Réparer ensemble",
                new Carrier("Les Bricoleurs", LegalForm.ASSOCIATION), new Territory("Arrageois"),
                Money.euros(50_000), Money.euros(5_000));
    }

    @Test
    void aLabelledProjectGoesOnTheBallotOnlyOnceTheCommissionValidatesIt() {
        Project project = submitted();
        project.label();
        assertFalse(project.isOnBallot());
        project.validateForBallot();
        assertTrue(project.isOnBallot());
        assertEquals(ProjectStatus.VALIDATED, project.status());
    }

    @Test
    void changesRequestedMakeTheFileEditableAgain() {
        Project project = submitted();
        assertFalse(project.status().isEditableByCarrier());
        project.decide(ProjectStatus.CHANGES_REQUESTED, "Précisez les dépenses");
        assertTrue(project.status().isEditableByCarrier());
    }

    @Test
    void decisionsFollowTheProcess() {
        Project refused = submitted();
        refused.decide(ProjectStatus.NOT_LABELLED, "Hors du champ de l'ESS");
        assertThrows(IllegalStateException.class, refused::label);
        assertThrows(IllegalStateException.class, refused::validateForBallot);
        assertThrows(IllegalStateException.class, submitted()::validateForBallot);
        assertThrows(IllegalStateException.class, () -> submitted().submit(TODAY));
    }

    @Test
    void actionsOfAClosedStepAreRefused() {
        campaign.requireOpen(PhaseType.VOTE, TODAY);
        PhaseClosedException closed = assertThrows(PhaseClosedException.class,
                () -> campaign.requireOpen(PhaseType.IDEAS, TODAY));
        assertEquals("phase.closed.IDEAS", closed.messageKey());
    }
}
