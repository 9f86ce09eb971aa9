package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.Editions;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoEditionsTest {

    @Test
    void theReportedEditionsCarryTheSeedsFigures() {
        assertEquals(Money.euros(352_151), DemoEditions.edition2018().envelope());
        assertEquals(Money.euros(572_151), DemoEditions.edition2021().envelope());
        assertEquals(4_000, DemoEditions.edition2018().reportedFigures().orElseThrow().voters());
        assertEquals(49, DemoEditions.edition2021().reportedFigures().orElseThrow().projectsFunded());
        assertEquals(LocalDate.of(2021, 9, 5),
                DemoEditions.edition2021().calendar().phase(PhaseType.VOTE).orElseThrow().startDate());
    }

    @ParameterizedTest
    @EnumSource(PhaseType.class)
    void theCurrentEditionPutsTodayInTheChosenPhase(PhaseType phase) {
        LocalDate today = LocalDate.of(2026, 11, 24);
        Campaign current = DemoEditions.currentEdition(today, phase);
        assertTrue(current.calendar().isOpen(phase, today), phase + " should be open on " + today);
        assertTrue(current.calendar().currentPhase(today).isPresent());
    }

    @Test
    void everySampleProjectRespectsTheSupportRuleOfItsCategory() {
        Campaign campaign = DemoEditions.currentEdition(LocalDate.of(2026, 11, 24), PhaseType.VOTE);
        assertEquals(12, DemoProjects.samples().size());
        for (DemoProject sample : DemoProjects.samples()) {
            Category category = campaign.category(sample.categoryCode()).orElseThrow();
            assertTrue(category.supportRule().allows(Money.euros(sample.requestedEuros()),
                    Money.euros(sample.totalCostEuros())), sample.title());
        }
    }

    @Test
    void theNextEditionRunsTheWholeWorkflowTodayWhileTheCurrentOneVotes() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        Campaign current = DemoEditions.currentEdition(today, PhaseType.VOTE);
        Campaign next = DemoEditions.nextEdition(today, current.year() + 1);
        for (PhaseType step : List.of(PhaseType.IDEAS, PhaseType.COMPTOIRS, PhaseType.PROJECT_FILES,
                PhaseType.LABELLING_COMMITTEE)) {
            assertTrue(next.calendar().isOpen(step, today), step + " open in the next edition");
            assertEquals(next, Editions.openFor(List.of(current, next), step, today).orElseThrow());
        }
        assertFalse(next.calendar().isOpen(PhaseType.VOTE, today));
        assertEquals(current, Editions.current(List.of(current, next), today).orElseThrow(),
                "the voting edition stays the portal's current one");
        assertEquals(current, Editions.openFor(List.of(current, next), PhaseType.VOTE, today).orElseThrow());
    }

    @Test
    void theDemoComptoirsFitTheNextEditionsStepOnePerTerritory() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        Campaign next = DemoEditions.nextEdition(today, 2027);
        List<fr.budgetcitoyen.comptoir.SessionPlan> plans = DemoComptoirs.around(today);
        plans.forEach(plan -> fr.budgetcitoyen.comptoir.ComptoirSession.plan(next, plan, "t"));
        assertEquals(8, plans.stream().map(fr.budgetcitoyen.comptoir.SessionPlan::communeInseeCode).distinct().count());
        assertTrue(plans.get(0).endsAt().toLocalDate().isBefore(today));
    }
}
