package fr.budgetcitoyen.project;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.SupportRule;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.structure.CarriedProject;
import fr.budgetcitoyen.structure.ProjectRecord;
import fr.budgetcitoyen.structure.Structure;
import fr.budgetcitoyen.structure.StructureRecord;
import fr.budgetcitoyen.structure.StructureService;
import fr.budgetcitoyen.territory.Territory;
import fr.budgetcitoyen.territory.TerritoryRepository;
import fr.budgetcitoyen.testing.Entities;
import fr.budgetcitoyen.testing.TestContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The ballot and results pages list an edition's projects without their budget lines: one read whatever their number
 * (the lines were loaded eagerly, one read per project). The carrier's own file still comes with its budget, and
 * with its carrier as kept in the project's columns.
 */
class ProjectQueriesTest {

    private TestContainer container;
    private Account carrier;
    private Campaign campaign;
    private Category category;
    private Territory territory;

    @BeforeEach
    void start() {
        container = TestContainer.start();
        carrier = container.persist(Account.register("porteuse@example.org", "Porteuse", LocalDate.of(1980, 1, 1), "62041", null,
                "hash", container.clock().instant(), LocalDate.now(container.clock())));
        campaign = Campaign.draft(2024, "Budget citoyen 2024", Money.euros(1_000_000));
        category = campaign.addCategory("COOPERATION", "Coopération", null, SupportRule.of(20, 20_000));
        container.persist(campaign);
        territory = container.inTransaction(() -> container.bean(TerritoryRepository.class).find("arrageois").orElseThrow());
        container.actAs("porteuse@example.org");
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void anEditionsProjectsAreReadOnceWhateverTheirNumber() {
        long one = statementsOfListing(1);
        assertEquals(one, statementsOfListing(5));
    }

    @Test
    void theCarriersFileComesWithItsBudget() {
        Project file = project("Mon dossier");
        ProjectFileService files = container.bean(ProjectFileService.class);
        Project read = container.inTransaction(() -> files.mine(file.id()).orElseThrow());
        // read after the transaction, as the file form does
        assertEquals(List.of("EXPENSE Matériel 4000.00", "FUNDING Commune 1000.00"), read.budget().stream()
                .map(line -> line.kind() + " " + line.label() + " " + line.amount().amount().toPlainString()).toList());
    }

    @Test
    void theCarrierIsReadAsItWasKeptAndUnknownUntilGiven() {
        Carrier typed = new Carrier("Les Bricoleurs", LegalForm.JUNIOR_ASSOCIATION, "W623004512", "Jeanne Martin",
                "1 place des Héros", "62041");
        Project given = container.persist(Entities.build(Project.class, Map.of("campaign", campaign, "category", category,
                "territory", territory, "ownerId", carrier.id(), "title", "Avec porteur", "status", ProjectStatus.DRAFT,
                "carrier", typed)));
        Project blank = project("Sans porteur");
        ProjectFileService files = container.bean(ProjectFileService.class);
        assertEquals(typed, container.inTransaction(() -> files.mine(given.id()).orElseThrow()).carrier());
        assertEquals(Carrier.UNKNOWN, container.inTransaction(() -> files.mine(blank.id()).orElseThrow()).carrier());
        container.actAs("agent@example.org");
        StructureService.CarrierContact contact = container.inTransaction(() -> container.bean(StructureService.class)
                .contacts(new StructureRecord(Structure.founding(CarriedProject.of(given)),
                        List.of(new ProjectRecord(CarriedProject.of(given), "Avec porteur", ProjectStatus.LABELLED, null, null, null))))
                .get(given.id()));
        assertEquals("Jeanne Martin / 1 place des Héros", contact.adultReferent() + " / " + contact.address());
    }

    private long statementsOfListing(int projects) {
        int before = container.inTransaction(() -> container.bean(CampaignService.class).projectsOf(campaign)).size();
        for (int i = 0; i < projects; i++) {
            project("Projet " + (before + i));
        }
        CampaignService campaigns = container.bean(CampaignService.class);
        return container.statementsOf(() -> assertEquals(before + projects,
                container.inTransaction(() -> campaigns.projectsOf(campaign)).size()));
    }

    private Project project(String title) {
        List<BudgetLine> budget = new ArrayList<>(List.of(new BudgetLine(BudgetLine.Kind.EXPENSE, "Matériel", Money.euros(4_000)),
                new BudgetLine(BudgetLine.Kind.FUNDING, "Commune", Money.euros(1_000))));
        return container.persist(Entities.build(Project.class, Map.of("campaign", campaign, "category", category,
                "territory", territory, "ownerId", carrier.id(), "title", title, "status", ProjectStatus.VALIDATED,
                "budget", budget)));
    }
}
