package fr.budgetcitoyen.testing;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.GrantRecord;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.EditionFigures;
import fr.budgetcitoyen.campaign.SupportRule;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectStatus;
import fr.budgetcitoyen.scic.Scic;
import fr.budgetcitoyen.scic.ScicProfile;
import fr.budgetcitoyen.scic.Shareholding;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.shared.Stamp;
import fr.budgetcitoyen.survey.Answer;
import fr.budgetcitoyen.survey.Question;
import fr.budgetcitoyen.survey.Survey;
import fr.budgetcitoyen.survey.SurveyInvitation;
import fr.budgetcitoyen.survey.Trend;
import fr.budgetcitoyen.territory.Territory;
import fr.budgetcitoyen.territory.TerritoryRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The embeddables written as records: Hibernate builds each with its canonical constructor, so each reads back equal
 * to what was stored, and a transaction that only reads it writes nothing (the entity's version stays).
 */
class EmbeddableRecordsTest {

    private TestContainer container;
    private Campaign campaign;
    private Project project;

    @BeforeEach
    void start() {
        container = TestContainer.start();
        Account carrier = container.persist(Account.register("porteur@example.org", "Porteur", LocalDate.of(1980, 1, 1), "62041",
                null, "hash", now(), LocalDate.now(container.clock())));
        campaign = Campaign.draft(2018, "Budget citoyen 2018", Money.euros(1_000_000));
        Category category = campaign.addCategory("COOPERATION", "Coopération", null, SupportRule.of(20, 20_000));
        campaign.recordFigures(EditionFigures.builder().comptoirs(15, 180).ideasDeposited(122).voters(4_000).build());
        container.persist(campaign);
        Territory arrageois = container.inTransaction(() -> container.bean(TerritoryRepository.class).find("arrageois").orElseThrow());
        project = container.persist(Entities.build(Project.class, Map.of("campaign", campaign, "category", category,
                "territory", arrageois, "ownerId", carrier.id(), "title", "Repair café", "status", ProjectStatus.VALIDATED)));
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void anEditionsFiguresEnvelopeAndSupportRule() {
        Campaign read = reread(Campaign.class, campaign.id(), campaign);
        assertEquals(campaign.reportedFigures(), read.reportedFigures());
        assertEquals(Money.euros(1_000_000), read.envelope());
        assertEquals(SupportRule.of(20, 20_000), container.inTransaction(() -> container.find(Campaign.class, campaign.id())
                .category("COOPERATION").orElseThrow().supportRule()));
    }

    @Test
    void aScicsShareholding() {
        Scic scic = Scic.register("Coop des Bricoleurs", "62041", "arrageois", Money.euros(50),
                new ScicProfile("Réparer plutôt que jeter", null, null, null));
        scic.admitDepartment(new Shareholding(" CP 2021-03-29 ", LocalDate.of(2021, 3, 29), "Collectivités", "Élue"));
        container.persist(scic);
        Scic read = reread(Scic.class, scic.id(), scic);
        assertEquals(new Shareholding("CP 2021-03-29", LocalDate.of(2021, 3, 29), "Collectivités", "Élue"), read.shareholding());
        assertEquals(Money.euros(50), read.nominal());
    }

    @Test
    void anAllocationsGrants() {
        List<GrantRecord> grants = List.of(new GrantRecord(1, project.id(), "COOPERATION", "arrageois", 312, 1_500_000),
                new GrantRecord(2, project.id(), "COOPERATION", "arrageois", 87, 250_050));
        AllocationRun run = container.persist(Entities.build(AllocationRun.class, Map.of("campaignId", campaign.id(),
                "planCode", "greedy", "inputsHash", "0".repeat(64), "budgetCents", 2_000_000L, "ballots", 400L,
                "computed", new Stamp("agent@example.org", now()), "grants", new ArrayList<>(grants))));
        assertEquals(grants, reread(AllocationRun.class, run.id(), run).grants());
    }

    @Test
    void aSurveysAnswer() {
        Survey survey = container.persist(Survey.open(new Survey.Draft("Trois ans après", Set.of(2018),
                Set.of(Question.ACTIVE, Question.VOLUNTEERS), List.of(), LocalDate.of(2026, 5, 1)),
                Set.of(2018), LocalDate.now(container.clock()), "agent@example.org", now()));
        Answer answer = new Answer(true, Trend.MORE, null, null);
        SurveyInvitation invitation = container.persist(Entities.build(SurveyInvitation.class, Map.of("surveyId", survey.id(),
                "projectId", project.id(), "edition", 2018, "recipient", "porteur@example.org", "tokenHash", "0".repeat(64),
                "sentAt", now(), "answeredAt", now(), "answer", answer)));
        assertEquals(answer, reread(SurveyInvitation.class, invitation.id(), null).answer().orElseThrow());
    }

    private Instant now() {
        return container.clock().instant();
    }

    /** Read once in a transaction that commits, then again: the stored version (if any) is still the persisted one. */
    private <T> T reread(Class<T> type, long id, T persisted) {
        container.inTransaction(() -> container.find(type, id));
        T read = container.inTransaction(() -> container.find(type, id));
        if (persisted != null) {
            assertEquals(version(persisted), version(read), "a transaction that only read " + type.getSimpleName() + " wrote it");
        }
        return read;
    }

    private static long version(Object entity) {
        try {
            Field field = entity.getClass().getDeclaredField("version");
            field.setAccessible(true);
            return field.getLong(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
