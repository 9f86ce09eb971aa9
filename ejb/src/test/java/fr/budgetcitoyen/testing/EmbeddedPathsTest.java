package fr.budgetcitoyen.testing;

import fr.budgetcitoyen.allocation.plan.AllocationRunRepository;
import fr.budgetcitoyen.ambassador.AmbassadorRepository;
import fr.budgetcitoyen.ambassador.internship.InternshipRepository;
import fr.budgetcitoyen.partner.PartnerRepository;
import fr.budgetcitoyen.project.ProjectStatus;
import fr.budgetcitoyen.research.ResearchGrantRepository;
import fr.budgetcitoyen.scic.ScicRepository;
import fr.budgetcitoyen.structure.CarriedProject;
import fr.budgetcitoyen.structure.ProjectRecord;
import fr.budgetcitoyen.structure.Structure;
import fr.budgetcitoyen.structure.StructureRecord;
import fr.budgetcitoyen.structure.StructureService;
import fr.budgetcitoyen.survey.SurveyRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The queries whose paths go through an embeddable (a stamp's {@code at}, a period's days, the ambassador's profile,
 * the member tables, a project's carrier): Hibernate reads them only when they first run, so each runs once here, on the empty database.
 */
class EmbeddedPathsTest {

    private TestContainer container;

    @BeforeEach
    void start() {
        container = TestContainer.start();
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void everyQueryThroughAnEmbeddableRuns() {
        container.inTransaction(() -> {
            AmbassadorRepository ambassadors = container.bean(AmbassadorRepository.class);
            assertTrue(ambassadors.search("ressourcerie", null, null, null, null, 0, 10).isEmpty());
            assertTrue(ambassadors.pendingChanges().isEmpty());
            assertTrue(ambassadors.latestChangeOf(1).isEmpty());
            assertTrue(ambassadors.withPendingLogo().isEmpty());
            assertTrue(container.bean(InternshipRepository.class).openOffers(null, null, null, LocalDate.of(2026, 3, 2), 0, 10).isEmpty());
            assertTrue(container.bean(AllocationRunRepository.class).of(1).isEmpty());
            assertTrue(container.bean(SurveyRepository.class).surveys().isEmpty());
            assertTrue(container.bean(ScicRepository.class).documentsOf(1).isEmpty());
            assertTrue(container.bean(ScicRepository.class).managedBy(1).isEmpty());
            assertTrue(container.bean(PartnerRepository.class).managedBy(1).isEmpty());
            assertTrue(container.bean(ResearchGrantRepository.class).all().isEmpty());
            // an unknown project: the agents' contacts query still runs (it reads nothing for an empty record)
            CarriedProject carried = new CarriedProject(1, 2024, "Les Bricoleurs", null, null, null, null);
            assertTrue(container.bean(StructureService.class).contacts(new StructureRecord(Structure.founding(carried),
                    List.of(new ProjectRecord(carried, "Repair café", ProjectStatus.LABELLED, null, null, null)))).isEmpty());
        });
    }
}
