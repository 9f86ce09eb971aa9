package fr.budgetcitoyen.followup;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.SupportRule;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectStatus;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.testing.Entities;
import fr.budgetcitoyen.territory.Territory;
import fr.budgetcitoyen.territory.TerritoryRepository;
import fr.budgetcitoyen.testing.TestContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A carrier's funded projects (/my-files, /my-report) read the database a fixed number of times (issue 21). */
class FollowUpQueriesTest {

    private TestContainer container;
    private Account carrier;
    private Campaign campaign;
    private Category category;
    private int funded;

    @BeforeEach
    void start() {
        container = TestContainer.start();
        carrier = container.persist(Account.register("porteur@example.org", "Porteur", LocalDate.of(1980, 1, 1), "62041", null,
                "hash", container.clock().instant(), LocalDate.now(container.clock())));
        campaign = Campaign.draft(2024, "Budget citoyen 2024", Money.euros(1_000_000));
        category = campaign.addCategory("COOPERATION", "Coopération", null, SupportRule.of(20, 20_000));
        container.persist(campaign);
        container.actAs("porteur@example.org");
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void aCarriersFundedProjects() {
        long one = statementsOfMine(1);
        assertEquals(one, statementsOfMine(4));
    }

    /** The edition's list (/admin/follow-up, /impact): its grants' projects, instalments and reports read once each. */
    @Test
    void anEditionsFollowUp() {
        long one = statementsOfEdition(1);
        assertEquals(one, statementsOfEdition(4));
    }

    private long statementsOfEdition(int more) {
        statementsOfMine(more);
        FollowUpService followUp = container.bean(FollowUpService.class);
        return container.statementsOf(() -> assertEquals(funded, container.inTransaction(() -> followUp.impact(2024)).total().funded()));
    }

    /** The statements of the carrier's list once {@code more} of their projects are funded (and one is not). */
    private long statementsOfMine(int more) {
        project("Pas retenu");
        for (int i = 0; i < more; i++) {
            Project project = project("Projet " + (++funded));
            container.persist(Entities.build(FundedProject.class, Map.of("campaignId", campaign.id(), "projectId", project.id(),
                    "territoryCode", "arrageois", "granted", Money.euros(10_000), "decidedOn", LocalDate.of(2024, 12, 2))));
        }
        FollowUpService followUp = container.bean(FollowUpService.class);
        return container.statementsOf(() -> {
            List<FollowUpService.GrantLine> lines = container.inTransaction(() -> followUp.mine());
            assertEquals(funded, lines.size());
            assertEquals("Projet " + funded, lines.get(0).project().title()); // newest first, as before
            assertEquals(Money.euros(10_000), lines.get(0).remaining());
        });
    }

    private Project project(String title) {
        Territory arrageois = container.inTransaction(() -> container.bean(TerritoryRepository.class).find("arrageois").orElseThrow());
        return container.persist(Entities.build(Project.class, Map.of("campaign", campaign, "category", category,
                "territory", arrageois, "ownerId", carrier.id(), "title", title, "status", ProjectStatus.VALIDATED)));
    }
}
